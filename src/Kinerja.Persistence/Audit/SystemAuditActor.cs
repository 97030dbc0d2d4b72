namespace Kinerja.Persistence.Audit;

/// <summary>The writer when no user is signed in, e.g. the CLI import or the samples at first start: "sistem".</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public static readonly SystemAuditActor Instance = new();

    public Guid? UserId => null;

    public string UserName => PersistenceMessages.SystemUser;
}
