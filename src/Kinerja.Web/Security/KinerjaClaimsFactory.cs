using System.Globalization;
using System.Security.Claims;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Security;

/// <summary>Adds the office, the register person and the display name to the sign-in cookie's claims.</summary>
public sealed class KinerjaClaimsFactory(
    UserManager<KinerjaUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KinerjaUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KinerjaUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KinerjaClaims.DisplayName, user.DisplayName));
        if (user.OfficeId is { } office)
            identity.AddClaim(new Claim(KinerjaClaims.Office, office.ToString("D", CultureInfo.InvariantCulture)));
        if (user.PersonId is { } person)
            identity.AddClaim(new Claim(KinerjaClaims.Person, person.ToString("D", CultureInfo.InvariantCulture)));
        return identity;
    }
}
