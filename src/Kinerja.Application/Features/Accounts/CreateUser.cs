using System.Globalization;
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
    public async Task<Outcome<KinerjaUser>> ExecuteAsync(NewUser input, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.UserName))
            errors.Add(AccountMessages.UserNameRequired);
        if (string.IsNullOrWhiteSpace(input.DisplayName))
            errors.Add(AccountMessages.DisplayNameRequired);
        if (input.Role is Role.Operator or Role.Official && input.OfficeId is null)
            errors.Add(AccountMessages.OfficeRequired);
        if (input.Role == Role.Official && input.PersonId is null)
            errors.Add(AccountMessages.PersonRequired);
        if (input.OfficeId is { } officeId && !await db.Offices.AnyAsync(o => o.Id == officeId, cancellationToken))
            errors.Add(AccountMessages.OfficeUnknown);
        if (input.PersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
            errors.Add(AccountMessages.PersonUnknown);
        if (errors.Count > 0)
            return Outcome<KinerjaUser>.Fail(errors);

        await EnsureRoleAsync(input.Role);
        var user = new KinerjaUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            OfficeId = input.Role is Role.Operator or Role.Official ? input.OfficeId : null,
            PersonId = input.PersonId,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
            return Outcome<KinerjaUser>.Fail(created.Errors.Select(e => e.Description).ToList());
        var added = await users.AddToRoleAsync(user, IdentitySetup.RoleName(input.Role));
        if (!added.Succeeded)
            return Outcome<KinerjaUser>.Fail(added.Errors.Select(e => e.Description).ToList());
        await transaction.CommitAsync(cancellationToken);
        return Outcome<KinerjaUser>.Ok(user);
    }

    /// <summary>True when some account holds the Administrator role (the one-time setup is then closed).</summary>
    public async Task<bool> AdministratorExistsAsync()
    {
        var name = IdentitySetup.RoleName(Role.Administrator);
        return await roles.RoleExistsAsync(name) && (await users.GetUsersInRoleAsync(name)).Count > 0;
    }

    private async Task EnsureRoleAsync(Role role)
    {
        var name = IdentitySetup.RoleName(role);
        if (await roles.RoleExistsAsync(name))
            return;
        var result = await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() });
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Role {0} not created: {1}", name, result));
    }
}
