using Kinerja.Persistence.Audit;
using Microsoft.Data.Sqlite;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>
/// A fresh database for one test on one provider: a temp SQLite file, or a new database on the test run's
/// PostgreSQL server. Migrated unless asked otherwise.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? sqliteFile;

    private TestDatabase(KinerjaDatabaseOptions options, string? sqliteFile)
    {
        Options = options;
        this.sqliteFile = sqliteFile;
    }

    /// <summary>The providers every repository test runs on.</summary>
    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    public KinerjaDatabaseOptions Options { get; }

    public static async Task<TestDatabase> CreateAsync(string provider, PostgresServer server, bool migrate = true)
    {
        TestDatabase database;
        if (provider == Postgres)
        {
            var connectionString = await server.CreateDatabaseAsync();
            database = new TestDatabase(KinerjaDatabaseOptions.FromConnectionString(connectionString), null);
        }
        else
        {
            var directory = Directory.CreateTempSubdirectory("kinerja-sqlite-").FullName;
            var file = Path.Combine(directory, "test.db");
            database = new TestDatabase(KinerjaDatabaseOptions.FromConnectionString(file), file);
        }

        if (migrate)
        {
            await using var db = database.NewContext();
            await db.MigrateAsync();
        }

        return database;
    }

    public KinerjaDbContext NewContext(IAuditActor? auditActor = null, TimeProvider? clock = null) =>
        KinerjaDbContextFactory.Create(Options, auditActor, clock);

    public ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            var directory = Path.GetDirectoryName(sqliteFile);
            if (directory is not null && Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
