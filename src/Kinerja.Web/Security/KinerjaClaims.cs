using System.Security.Claims;
using Kinerja.Application.Features.Accounts;
using Kinerja.Domain.Access;

namespace Kinerja.Web.Security;

/// <summary>The claims of a signed-in user beyond Identity's own, and the <see cref="Actor"/> they make.</summary>
public static class KinerjaClaims
{
    public const string Office = "kinerja:office";
    public const string Person = "kinerja:person";
    public const string DisplayName = "kinerja:name";

    /// <summary>The server-side session the cookie belongs to (<see cref="KinerjaSignInManager"/>).</summary>
    public const string Session = "kinerja:session";

    /// <summary>The actor of a request: <see cref="Actor.Public"/> without a signed-in user.</summary>
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return Actor.Public;

        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => IdentitySetup.TryParseRole(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>();
        return Actor.With(
            roles,
            Guid(user, Office),
            Guid(user, Person),
            Guid(user, ClaimTypes.NameIdentifier),
            user.FindFirstValue(DisplayName) ?? user.Identity.Name ?? string.Empty);
    }

    private static Guid? Guid(ClaimsPrincipal user, string type) =>
        System.Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
}
