using Microsoft.Data.Sqlite;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>A database for one web application under test: a SQLite file of its own, or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? directory;

    private TestDatabase(string provider, string connectionString, string? directory)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.directory = directory;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static TestDatabase Sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("kinerja-web-").FullName;
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "kinerja.db") }.ToString();
        return new TestDatabase("sqlite", connection, directory);
    }

    /// <summary>Skips the test (or fails it when CI=true) when PostgreSQL is not available.</summary>
    public static async Task<TestDatabase> PostgresAsync(PostgresServer server) =>
        new("postgres", await server.CreateDatabaseAsync(), null);

    /// <summary>An existing PostgreSQL database reached by <paramref name="connectionString"/> (e.g. through a relay).</summary>
    public static TestDatabase Postgres(string connectionString) => new("postgres", connectionString, null);

    /// <summary>"sqlite" or "postgres" (for theories over both).</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, PostgresServer server) =>
        provider == "postgres" ? await PostgresAsync(server) : Sqlite();

    public void Dispose()
    {
        if (directory is null)
            return;
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
