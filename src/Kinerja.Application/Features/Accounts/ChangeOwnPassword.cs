using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// A signed-in user changes their own password: the current one, then the new one twice. Identity checks the current
/// password and the password rules (messages of <see cref="IndonesianIdentityErrors"/>), hashes the new one and
/// renews the security stamp, so the account's other sessions end; the audit log records "PasswordChanged" without
/// the hash. Answers the account for the caller to renew its own sign-in.
/// </summary>
public sealed class ChangeOwnPassword(UserManager<KinerjaUser> users)
{
    public async Task<Result<KinerjaUser>> ExecuteAsync(Actor actor, string current, string newPassword, string confirmation, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId)
            return Result.Forbidden();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
            return Result.NotFound();

        var errors = new List<string>();
        if (string.IsNullOrEmpty(current))
            errors.Add(AccountMessages.CurrentPasswordRequired);
        if (string.IsNullOrEmpty(newPassword))
            errors.Add(AccountMessages.PasswordRequired);
        else if (!string.Equals(newPassword, confirmation, StringComparison.Ordinal))
            errors.Add(AccountMessages.PasswordsDiffer);
        else if (string.Equals(newPassword, current, StringComparison.Ordinal))
            errors.Add(AccountMessages.NewPasswordSameAsCurrent);
        if (errors.Count > 0)
            return Result.Invalid(errors);

        cancellationToken.ThrowIfCancellationRequested();
        var changed = await users.ChangePasswordAsync(user, current, newPassword);
        return changed.Succeeded ? Result<KinerjaUser>.Ok(user) : Result.Invalid(AccountRules.Messages(changed));
    }
}
