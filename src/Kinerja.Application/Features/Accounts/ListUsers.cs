using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Accounts;

/// <summary>Every account with its role, office, register person and lock, by user name; administrators only.</summary>
public sealed class ListUsers(KinerjaDbContext db)
{
    public async Task<Result<IReadOnlyList<UserSummary>>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        return Result<IReadOnlyList<UserSummary>>.Ok(await LoadAsync(db, null, cancellationToken));
    }

    /// <summary>The accounts (all, or the one with <paramref name="userId"/>) as summaries.</summary>
    internal static async Task<IReadOnlyList<UserSummary>> LoadAsync(KinerjaDbContext db, Guid? userId, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => userId == null || u.Id == userId).ToListAsync(cancellationToken);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? string.Empty, cancellationToken);
        var userRoles = await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.PrintedName, cancellationToken);
        var now = db.Clock.GetUtcNow();

        return users
            .Select(u =>
            {
                var role = userRoles.Where(r => r.UserId == u.Id)
                    .Select(r => IdentitySetup.TryParseRole(roleNames.GetValueOrDefault(r.RoleId, string.Empty), out var parsed) ? parsed : (Role?)null)
                    .FirstOrDefault(r => r is not null);
                return new UserSummary(
                    u.Id,
                    u.UserName ?? string.Empty,
                    u.DisplayName,
                    role,
                    u.OfficeId,
                    u.OfficeId is { } office ? offices.GetValueOrDefault(office) : null,
                    u.PersonId,
                    u.PersonId is { } person ? people.GetValueOrDefault(person) : null,
                    u.LockoutEnd is { } end && end > now ? end : null);
            })
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
