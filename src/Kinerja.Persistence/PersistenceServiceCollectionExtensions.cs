using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Persistence;

/// <summary>Registers <see cref="KinerjaDbContext"/> (scoped) for the configured provider.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Reads configuration section <c>Database</c> (see <see cref="KinerjaDatabaseOptions"/>).</summary>
    public static IServiceCollection AddKinerjaPersistence(this IServiceCollection services, IConfiguration configuration, string? contentRoot = null) =>
        services.AddKinerjaPersistence(KinerjaDatabaseOptions.FromConfiguration(configuration, contentRoot));

    public static IServiceCollection AddKinerjaPersistence(this IServiceCollection services, KinerjaDatabaseOptions options)
    {
        services.AddSingleton(options);
        if (options.IsPostgres)
            services.AddDbContext<KinerjaDbContext, PostgresKinerjaDbContext>(builder => KinerjaDbContextFactory.Configure(builder, options));
        else
            services.AddDbContext<KinerjaDbContext, SqliteKinerjaDbContext>(builder => KinerjaDbContextFactory.Configure(builder, options));
        return services;
    }
}
