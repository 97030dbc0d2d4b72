using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Kinerja.Persistence;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Accounts;

/// <summary>
/// Creates an account with one role: an operator or official belongs to an office, an official is also a person of
/// the register (the one who signs). Used by the administrator's page, the one-time setup page and
/// <c>kinerja admin create</c>. Passwords are hashed by Identity; nothing is stored when a rule refuses.
/// </summary>
public sealed class CreateUser(KinerjaDbContext db, UserManager<KinerjaUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    /// <summary>Creates the account when <paramref name="actor"/> is an administrator (the administrator's page).</summary>
    public async Task<Result<Guid>> ExecuteAsync(Actor actor, NewUser input, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var created = await ExecuteAsync(input, cancellationToken);
        return created.Success ? Result<Guid>.Ok(created.Value!.Id) : Result.Invalid(created.Errors);
    }

    /// <summary>Creates the account without an acting user: the command line.</summary>
    public Task<Outcome<KinerjaUser>> ExecuteAsync(NewUser input, CancellationToken cancellationToken = default) =>
        CreateAsync(input, claimSetup: false, cancellationToken);

    /// <summary>
    /// The one-time set-up: creates the first administrator after spending the set-up link in the same transaction
    /// (<see cref="SetupClaim"/>, a row with a fixed key). Of several simultaneous requests, on one instance or on
    /// several, exactly one gets the row; the others are told the link has been used and create nothing. A refused
    /// account (a weak password, say) rolls the claim back, so the link can be used again.
    /// </summary>
    public Task<Outcome<KinerjaUser>> CreateFirstAdministratorAsync(string userName, string displayName, string password, CancellationToken cancellationToken = default) =>
        CreateAsync(new NewUser(userName, displayName, password, Role.Administrator), claimSetup: true, cancellationToken);

    private async Task<Outcome<KinerjaUser>> CreateAsync(NewUser input, bool claimSetup, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.UserName))
            errors.Add(AccountMessages.UserNameRequired);
        if (string.IsNullOrWhiteSpace(input.DisplayName))
            errors.Add(AccountMessages.DisplayNameRequired);
        errors.AddRange(await AccountRules.CheckLinksAsync(db, input.Role, input.OfficeId, input.PersonId, cancellationToken));
        if (errors.Count > 0)
            return Outcome<KinerjaUser>.Fail(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (claimSetup && !await ClaimSetupAsync(input.UserName.Trim(), cancellationToken))
            return Outcome<KinerjaUser>.Fail(AccountMessages.SetupAlreadyUsed);

        await AccountRules.EnsureRoleAsync(roles, input.Role);
        var user = new KinerjaUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            OfficeId = AccountRules.OfficeFor(input.Role, input.OfficeId),
            PersonId = input.PersonId,
        };

        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
            return Outcome<KinerjaUser>.Fail(created.Errors.Select(e => e.Description).ToList());
        var added = await users.AddToRoleAsync(user, IdentitySetup.RoleName(input.Role));
        if (!added.Succeeded)
            return Outcome<KinerjaUser>.Fail(added.Errors.Select(e => e.Description).ToList());
        await transaction.CommitAsync(cancellationToken);
        return Outcome<KinerjaUser>.Ok(user);
    }

    /// <summary>
    /// Inserts the set-up claim inside the open transaction: false when it is already there (spent, or being spent by
    /// a request that has not finished; PostgreSQL makes this one wait for it, SQLite's writers take turns).
    /// </summary>
    private async Task<bool> ClaimSetupAsync(string userName, CancellationToken cancellationToken)
    {
        if (await db.SetupClaims.AnyAsync(c => c.Id == SetupClaim.FirstAdministrator, cancellationToken))
            return false;
        var claim = new SetupClaim(userName, db.Clock.GetUtcNow());
        db.SetupClaims.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The key is taken: another request claimed the link first.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>True when some account holds the Administrator role (the one-time setup is then closed).</summary>
    public async Task<bool> AdministratorExistsAsync()
    {
        var name = IdentitySetup.RoleName(Role.Administrator);
        return await roles.RoleExistsAsync(name) && (await users.GetUsersInRoleAsync(name)).Count > 0;
    }
}
