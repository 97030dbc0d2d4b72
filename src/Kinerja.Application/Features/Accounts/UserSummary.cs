using Kinerja.Domain.Access;

namespace Kinerja.Application.Features.Accounts;

/// <summary>An account as the administrator sees it: names, role, office and register person, and whether it is locked.</summary>
public sealed record UserSummary(
    Guid Id,
    string UserName,
    string DisplayName,
    Role? Role,
    Guid? OfficeId,
    string? OfficeName,
    Guid? PersonId,
    string? PersonName,
    DateTimeOffset? LockedUntil)
{
    public bool IsLocked => LockedUntil is not null;
}
