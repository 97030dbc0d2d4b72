using System.Globalization;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Accounts;

/// <summary>The rules an account's role, office and register person obey, shared by creating and changing an account.</summary>
internal static class AccountRules
{
    /// <summary>An operator or official belongs to an existing office, an official is an existing person; the messages of what is wrong.</summary>
    public static async Task<List<string>> CheckLinksAsync(KinerjaDbContext db, Role role, Guid? officeId, Guid? personId, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (role is Role.Operator or Role.Official && officeId is null)
            errors.Add(AccountMessages.OfficeRequired);
        if (role == Role.Official && personId is null)
            errors.Add(AccountMessages.PersonRequired);
        if (officeId is { } office && !await db.Offices.AnyAsync(o => o.Id == office, cancellationToken))
            errors.Add(AccountMessages.OfficeUnknown);
        if (personId is { } person && !await db.People.AnyAsync(p => p.Id == person, cancellationToken))
            errors.Add(AccountMessages.PersonUnknown);
        return errors;
    }

    /// <summary>The office an account of <paramref name="role"/> keeps: only operators and officials have one.</summary>
    public static Guid? OfficeFor(Role role, Guid? officeId) => role is Role.Operator or Role.Official ? officeId : null;

    public static async Task EnsureRoleAsync(RoleManager<IdentityRole<Guid>> roles, Role role)
    {
        var name = IdentitySetup.RoleName(role);
        if (await roles.RoleExistsAsync(name))
            return;
        var result = await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() });
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Role {0} not created: {1}", name, result));
    }

    public static List<string> Messages(IdentityResult result) => result.Errors.Select(e => e.Description).ToList();
}
