namespace Kinerja.Persistence.Audit;

/// <summary>
/// One write to the database, recorded by <see cref="KinerjaDbContext"/> when saving: when, who, what
/// (<see cref="AuditActions"/>), which row, the office when known, and the values before and after as JSON objects
/// (all columns for a created or deleted row, the changed ones for an update; secrets and file contents left out).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, IAuditActor actor, string action, string entityType, string? entityId, Guid? officeId, string? before, string? after)
    {
        At = at;
        UserId = actor.UserId;
        UserName = actor.UserName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        OfficeId = officeId;
        Before = before;
        After = after;
    }

    /// <summary>Given by the database in the order the entries were written.</summary>
    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? UserId { get; private set; }

    public string UserName { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    /// <summary>The entity's type name, e.g. "Agreement", "Sasaran", "Agreement.FirstParty#Party".</summary>
    public string EntityType { get; private set; } = string.Empty;

    /// <summary>The key of the row; null when the database generates it.</summary>
    public string? EntityId { get; private set; }

    public Guid? OfficeId { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
