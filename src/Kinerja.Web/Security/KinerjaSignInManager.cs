using System.Security.Claims;
using Kinerja.Application.Features.Accounts;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Security;

/// <summary>
/// Identity's sign-in with three changes. Every sign-in starts a server-side session (<see cref="UserSessions"/>) whose
/// id the cookie carries, and replaces the session this browser held before; signing out ends the session.
/// An unknown user name costs the same password-hash verification as a known one, so the answer's time does not tell
/// which names exist. A locked account is told it is locked only after the right password; with a wrong one it
/// gets the same answer as any wrong password.
/// </summary>
public sealed class KinerjaSignInManager(
    UserManager<KinerjaUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<KinerjaUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<KinerjaUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<KinerjaUser> confirmation,
    UserSessions sessions)
    : SignInManager<KinerjaUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash of a random password, verified for unknown user names.</summary>
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<KinerjaUser>().HashPassword(new KinerjaUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public override async Task SignInWithClaimsAsync(KinerjaUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var session = await sessions.StartAsync(user.Id, SessionOf(Context.User));
        var claims = additionalClaims.Append(new Claim(KinerjaClaims.Session, session.ToString("D")));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task SignOutAsync()
    {
        if (SessionOf(Context.User) is { } session)
            await sessions.EndAsync(session);
        await base.SignOutAsync();
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null)
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        UserManager.PasswordHasher.VerifyHashedPassword(new KinerjaUser(), DummyHash.Value, password);
        return SignInResult.Failed;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(KinerjaUser user, string password, bool lockoutOnFailure)
    {
        if (UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user))
            return await UserManager.CheckPasswordAsync(user, password) ? SignInResult.LockedOut : SignInResult.Failed;
        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    /// <summary>The session a principal's cookie names, if any.</summary>
    public static Guid? SessionOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(KinerjaClaims.Session), out var id) ? id : null;

    /// <summary>
    /// The cookie's check on every request: the principal stands only while its session is active
    /// (<see cref="UserSessions.IsActiveAsync"/>); otherwise the cookie is removed and the request is anonymous.
    /// Replaces Identity's security-stamp validator, which checked only every few minutes.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (SessionOf(principal) is { } session
            && Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            && principal?.FindFirstValue(stampClaim) is { } stamp
            && await services.GetRequiredService<UserSessions>().IsActiveAsync(session, userId, stamp, context.HttpContext.RequestAborted))
            return;

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>When the sliding expiration renews the cookie, the session's end moves on with it.</summary>
    public static async Task RenewSessionAsync(CookieSlidingExpirationContext context)
    {
        if (context.ShouldRenew && SessionOf(context.Principal) is { } session)
            await context.HttpContext.RequestServices.GetRequiredService<UserSessions>().RenewAsync(session, context.HttpContext.RequestAborted);
    }
}
