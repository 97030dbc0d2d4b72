namespace Kinerja.Persistence.Audit;

/// <summary>Who is writing, for the audit log (the signed-in user in the web; <see cref="SystemAuditActor"/> otherwise).</summary>
public interface IAuditActor
{
    Guid? UserId { get; }

    string UserName { get; }
}
