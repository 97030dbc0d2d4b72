using Kinerja.Application.Features.Accounts;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Import;
using Kinerja.Application.Features.Samples;
using Kinerja.Application.Features.Setup;
using Kinerja.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Application;

/// <summary>Registers the use cases (scoped, one per request) on top of <see cref="PersistenceServiceCollectionExtensions.AddKinerjaPersistence(IServiceCollection, KinerjaDatabaseOptions)"/>.</summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddKinerjaApplication(this IServiceCollection services)
    {
        services.AddScoped(provider => new ImportAgreements(provider.GetRequiredService<KinerjaDbContext>()));
        services.AddScoped<ListAgreements>();
        services.AddScoped<PreviewImport>();
        services.AddScoped<ImportSamples>();
        services.AddScoped<CreateUser>();
        services.AddScoped<InitializeDatabase>();
        return services;
    }
}
