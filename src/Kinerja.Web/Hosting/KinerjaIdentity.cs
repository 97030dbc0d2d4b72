using Kinerja.Application.Features.Accounts;
using Kinerja.Persistence;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Web.Hosting;

/// <summary>
/// Accounts and sign-in: ASP.NET Core Identity on the Kinerja database (hashed passwords, lockout), a cookie that
/// carries the roles, office and register person, pages that require a signed-in user unless they allow anonymous
/// readers, and the audit log's "who" from the request.
/// </summary>
public static class KinerjaIdentity
{
    public const string CookieName = "kinerja";

    public static IServiceCollection AddKinerjaIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<SignInThrottle>();
        services.AddIdentity<KinerjaUser, IdentityRole<Guid>>(IdentitySetup.Configure)
            .AddEntityFrameworkStores<KinerjaDbContext>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddKinerjaPasswordRules()
            .AddClaimsPrincipalFactory<KinerjaClaimsFactory>()
            .AddSignInManager<KinerjaSignInManager>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/masuk";
            options.LogoutPath = "/keluar";
            options.AccessDeniedPath = "/Status/403";
            options.Events.OnRedirectToAccessDenied = AnswerForbidden;
            options.ExpireTimeSpan = UserSessions.Lifetime;
            options.SlidingExpiration = true;
            // Every request checks its server-side session: sign-out, a new password, a changed role or a lock end
            // the sessions at once, on every instance (instead of Identity's periodic security-stamp check).
            options.Events.OnValidatePrincipal = KinerjaSignInManager.ValidatePrincipalAsync;
            options.Events.OnCheckSlidingExpiration = KinerjaSignInManager.RenewSessionAsync;
        });
        // Behind HTTPS the cookies are Secure: always when the configured public address is https, otherwise when the
        // request is (behind a trusted proxy, as X-Forwarded-Proto says; see KinerjaWebOptions.TrustedProxies).
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<KinerjaWebOptions>>((cookie, web) => cookie.Cookie.SecurePolicy = SecurePolicy(web.Value));
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<KinerjaWebOptions>>((antiforgery, web) => antiforgery.Cookie.SecurePolicy = SecurePolicy(web.Value));
        services.AddAuthorization();
        return services;
    }

    internal static CookieSecurePolicy SecurePolicy(KinerjaWebOptions options) =>
        options.PublicBaseUrl?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;

    /// <summary>
    /// A refusal, the same on every page (a role-restricted page, or a use case's Forbidden through
    /// <see cref="ResultPages"/>): a signed-in user gets 403 with the application's Indonesian page (the status code
    /// pages re-execute /Status/403) instead of a redirect to a page that answers 200; an anonymous visitor is sent
    /// to the sign-in page.
    /// </summary>
    private static Task AnswerForbidden(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated != true)
            return context.HttpContext.ChallengeAsync();
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Without an administrator, opens the one-time setup token and, once the server listens, logs the full address
    /// of the set-up page on each of its addresses (<see cref="SetupLink"/>), ready to open in a browser.
    /// </summary>
    public static async Task OpenSetupWhenNeededAsync(WebApplication app, IServiceProvider services, ILogger logger)
    {
        if (await services.GetRequiredService<CreateUser>().AdministratorExistsAsync())
            return;
        var token = services.GetRequiredService<SetupToken>().Open();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            var links = addresses.Count > 0 ? SetupLink.For(addresses, token) : [SetupLink.Relative(token)];
            logger.LogWarning(
                "Belum ada administrator. Buka {Links} di peramban untuk membuatnya (sekali pakai), atau jalankan ./kinerja admin create.",
                string.Join(" atau ", links));
        });
    }
}
