using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>Unlocks an account (locked by the administrator or after failed sign-ins) and clears its failed sign-ins. Administrators only.</summary>
public sealed class UnlockUser(UserManager<KinerjaUser> users)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid userId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
            return Result.NotFound();

        cancellationToken.ThrowIfCancellationRequested();
        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        var reset = unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(user) : unlocked;
        return reset.Succeeded ? Result.Ok() : Result.Invalid(AccountRules.Messages(reset));
    }
}
