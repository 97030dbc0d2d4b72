using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Kinerja.Persistence;

/// <summary>
/// Which database to use: configuration section <c>Database</c> (<c>Database__Provider</c>,
/// <c>Database__ConnectionString</c>, <c>Database__DataDirectory</c> as environment variables). Without a
/// connection string, SQLite uses <c>kinerja.db</c> in the data directory (default <c>./data</c> relative to the
/// content root).
/// </summary>
public sealed class KinerjaDatabaseOptions
{
    public const string SectionName = "Database";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string DefaultDataDirectory = "data";
    public const string DefaultFileName = "kinerja.db";

    /// <summary>"sqlite" (the default) or "postgres".</summary>
    public string Provider { get; set; } = Sqlite;

    public string? ConnectionString { get; set; }

    /// <summary>Where the default SQLite file lives; relative paths are taken from the content root.</summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory;

    public bool IsPostgres => NormalizeProvider(Provider) == Postgres;

    /// <summary>
    /// Reads section <c>Database</c>. <paramref name="contentRoot"/> defaults to the configuration's
    /// <c>contentRoot</c> (set by ASP.NET Core hosts), else the current directory. The result always has a
    /// connection string.
    /// </summary>
    public static KinerjaDatabaseOptions FromConfiguration(IConfiguration configuration, string? contentRoot = null)
    {
        var section = configuration.GetSection(SectionName);
        var root = contentRoot ?? configuration["contentRoot"] ?? Directory.GetCurrentDirectory();
        var provider = NormalizeProvider(section["Provider"] ?? Sqlite);
        var dataDirectory = section["DataDirectory"];
        if (string.IsNullOrWhiteSpace(dataDirectory))
            dataDirectory = DefaultDataDirectory;
        dataDirectory = Path.GetFullPath(dataDirectory, root);

        var connectionString = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == Postgres)
                throw new InvalidOperationException(PersistenceMessages.ConnectionStringMissing);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, DefaultFileName) }.ToString();
        }

        return new KinerjaDatabaseOptions { Provider = provider, ConnectionString = connectionString, DataDirectory = dataDirectory };
    }

    /// <summary>
    /// For <c>--db CONNECTION</c>: a string starting with <c>Host=</c> or containing <c>Username=</c> is PostgreSQL;
    /// anything else is SQLite, either a connection string (<c>Data Source=...</c>) or a plain file path.
    /// </summary>
    public static KinerjaDatabaseOptions FromConnectionString(string connection)
    {
        if (string.IsNullOrWhiteSpace(connection))
            throw new ArgumentException(PersistenceMessages.ConnectionEmpty, nameof(connection));

        var text = connection.Trim();
        if (text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Username=", StringComparison.OrdinalIgnoreCase))
            return new KinerjaDatabaseOptions { Provider = Postgres, ConnectionString = text };

        var isConnectionString = text.Contains('=', StringComparison.Ordinal) && IsSqliteConnectionString(text);
        var dataSource = isConnectionString ? new SqliteConnectionStringBuilder(text).DataSource : text;
        var connectionString = isConnectionString ? text : new SqliteConnectionStringBuilder { DataSource = text }.ToString();
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        return new KinerjaDatabaseOptions
        {
            Provider = Sqlite,
            ConnectionString = connectionString,
            DataDirectory = directory ?? Directory.GetCurrentDirectory(),
        };
    }

    private static bool IsSqliteConnectionString(string text)
    {
        try
        {
            return !string.IsNullOrEmpty(new SqliteConnectionStringBuilder(text).DataSource);
        }
        catch (ArgumentException)
        {
            // A file name with "=" in it, not a connection string.
            return false;
        }
    }

    private static string NormalizeProvider(string provider) =>
        provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" => Sqlite,
            "postgres" or "postgresql" or "npgsql" => Postgres,
            _ => throw new InvalidOperationException(
                string.Format(CultureInfo.InvariantCulture, PersistenceMessages.UnknownProvider, provider)),
        };
}
