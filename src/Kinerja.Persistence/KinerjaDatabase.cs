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
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Any(m => m.EndsWith("_" + LineageMigration, StringComparison.Ordinal)))
            await LinkStoredExplanationsAsync(db, cancellationToken);
    }

    /// <summary>The migration that gave Lampiran 2 explanations the id of their sasaran.</summary>
    private const string LineageMigration = "LineageAndClosedAggregate";

    /// <summary>
    /// The data step of <see cref="LineageMigration"/> that SQL cannot take: the explanations stored before it are linked
    /// to their sasaran once, by the domain's own resolver (<see cref="Domain.Agreements.Agreement.LinkExplanations"/>),
    /// so that signed agreements, which can no longer be edited, keep printing the tables of their sasaran.
    /// </summary>
    private static async Task LinkStoredExplanationsAsync(KinerjaDbContext db, CancellationToken cancellationToken)
    {
        var agreements = await db.Agreements.Include(a => a.Sasarans).ToListAsync(cancellationToken);
        foreach (var agreement in agreements.Where(a => a.Explanations.Any(e => e.SasaranId is null)))
            agreement.LinkExplanations();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
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

    /// <summary>
    /// True when <paramref name="exception"/> (or an inner one) says the database cannot be reached or answered with an
    /// error of its own: a connection refused, a timeout, a server that shut down, a SQLite file that cannot be used.
    /// Not a bug in Kinerja. The web answers 503 for it, the command line a message and exit code 2.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException or System.Net.Sockets.SocketException or TimeoutException)
                return true;
        }

        return false;
    }
}
