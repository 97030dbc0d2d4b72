using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// The administrator sets a new password for an account (the user is told out of band): checked by Identity's
/// password rules before anything changes, hashed, and the account's open sessions end. Administrators only.
/// </summary>
public sealed class SetUserPassword(UserManager<KinerjaUser> users)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid userId, string password, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
            return Result.NotFound();
        if (string.IsNullOrEmpty(password))
            return Result.Invalid(AccountMessages.PasswordRequired);

        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
            errors.AddRange(AccountRules.Messages(await validator.ValidateAsync(users, user, password)));
        if (errors.Count > 0)
            return Result.Invalid(errors);

        cancellationToken.ThrowIfCancellationRequested();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        var updated = await users.UpdateSecurityStampAsync(user);
        return updated.Succeeded ? Result.Ok() : Result.Invalid(AccountRules.Messages(updated));
    }
}
