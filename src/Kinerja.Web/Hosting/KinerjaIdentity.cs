using Kinerja.Application.Features.Accounts;
using Kinerja.Persistence;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Security;
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
        services.AddIdentity<KinerjaUser, IdentityRole<Guid>>(IdentitySetup.Configure)
            .AddEntityFrameworkStores<KinerjaDbContext>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddClaimsPrincipalFactory<KinerjaClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/masuk";
            options.LogoutPath = "/keluar";
            options.AccessDeniedPath = "/Status/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        // A changed security stamp (new password, changed role, locked account) ends the account's other sessions
        // within a minute instead of Identity's default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        return services;
    }

    /// <summary>Without an administrator, opens the one-time setup token and says where to use it.</summary>
    public static async Task OpenSetupWhenNeededAsync(IServiceProvider services, ILogger logger)
    {
        if (await services.GetRequiredService<CreateUser>().AdministratorExistsAsync())
            return;
        var token = services.GetRequiredService<SetupToken>().Open();
        logger.LogWarning(
            "Belum ada administrator. Buka /persiapan?token={Token} pada aplikasi ini untuk membuatnya (sekali pakai), atau jalankan ./kinerja admin create.",
            token);
    }
}
