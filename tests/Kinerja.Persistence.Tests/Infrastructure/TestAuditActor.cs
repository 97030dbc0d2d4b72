using Kinerja.Persistence.Audit;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>A signed-in user as the web would name them in the audit log.</summary>
internal sealed record TestAuditActor(Guid? UserId, string UserName) : IAuditActor
{
    public static readonly TestAuditActor Operator = new(Guid.Parse("0193f0aa-0000-7000-8000-000000000001"), "Operator Kalaena");
}
