using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// Changes an account's display name, role, office and register person under the same rules as
/// <see cref="CreateUser"/>; an administrator cannot take the administrator role from their own account.
/// The account's security stamp changes, so its open sessions end. Administrators only.
/// </summary>
public sealed class ChangeUser(KinerjaDbContext db, UserManager<KinerjaUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid userId, UserChange change, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
            return Result.NotFound();

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(change.DisplayName))
            errors.Add(AccountMessages.DisplayNameRequired);
        if (actor.UserId == userId && change.Role != Role.Administrator)
            errors.Add(AccountMessages.OwnAdministratorRole);
        errors.AddRange(await AccountRules.CheckLinksAsync(db, change.Role, change.OfficeId, change.PersonId, cancellationToken));
        if (errors.Count > 0)
            return Result.Invalid(errors);

        await AccountRules.EnsureRoleAsync(roles, change.Role);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = change.DisplayName.Trim();
        user.OfficeId = AccountRules.OfficeFor(change.Role, change.OfficeId);
        user.PersonId = change.PersonId;
        var roleName = IdentitySetup.RoleName(change.Role);
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != roleName));
        if (!removed.Succeeded)
            return Result.Invalid(AccountRules.Messages(removed));
        if (!current.Contains(roleName))
        {
            var added = await users.AddToRoleAsync(user, roleName);
            if (!added.Succeeded)
                return Result.Invalid(AccountRules.Messages(added));
        }

        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
            return Result.Invalid(AccountRules.Messages(updated));
        await transaction.CommitAsync(cancellationToken);
        return Result.Ok();
    }
}
