using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Persistence;

/// <summary>
/// Brings a database to the current schema: the same story on both providers, the provider's migrations through
/// <c>Database.MigrateAsync()</c> (never EnsureCreated). For SQLite the file's folder is created first.
/// </summary>
public static class KinerjaDatabase
{
    public static async Task MigrateAsync(this KinerjaDbContext db, CancellationToken cancellationToken = default)
    {
        if (db is SqliteKinerjaDbContext)
            EnsureSqliteDirectory(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Migrates the database registered by <see cref="PersistenceServiceCollectionExtensions.AddKinerjaPersistence(IServiceCollection, KinerjaDatabaseOptions)"/>.</summary>
    public static async Task MigrateKinerjaDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().MigrateAsync(cancellationToken);
    }

    private static void EnsureSqliteDirectory(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
            return;
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
    }
}
