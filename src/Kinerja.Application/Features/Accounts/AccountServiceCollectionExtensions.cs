using Kinerja.Persistence;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Application.Features.Accounts;

/// <summary>Accounts without a web host (the command line): Identity's user and role managers on the Kinerja database.</summary>
public static class AccountServiceCollectionExtensions
{
    public static IServiceCollection AddKinerjaAccountsCore(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddIdentityCore<KinerjaUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<KinerjaDbContext>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddKinerjaPasswordRules();
        return services;
    }
}
