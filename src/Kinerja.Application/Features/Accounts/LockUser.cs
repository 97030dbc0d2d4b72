using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// Locks an account until it is unlocked (Identity's lockout end set to the end of time) and ends its sessions;
/// an administrator cannot lock their own account. Administrators only.
/// </summary>
public sealed class LockUser(UserManager<KinerjaUser> users)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid userId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        if (actor.UserId == userId)
            return Result.Invalid(AccountMessages.OwnAccountLock);
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
            return Result.NotFound();

        cancellationToken.ThrowIfCancellationRequested();
        var enabled = await users.SetLockoutEnabledAsync(user, true);
        var locked = enabled.Succeeded ? await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue) : enabled;
        var stamped = locked.Succeeded ? await users.UpdateSecurityStampAsync(user) : locked;
        return stamped.Succeeded ? Result.Ok() : Result.Invalid(AccountRules.Messages(stamped));
    }

    /// <summary>True for the lockout end this use case sets (the end of time, as each database keeps it).</summary>
    public static bool IsLockedByAdministrator(KinerjaUser user) => user.LockoutEnd is { Year: >= 9999 };
}
