using Kinerja.Application;
using Kinerja.Application.Features.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Persistence.Tests.Persistence;

public sealed class KinerjaDatabaseOptionsTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Database=kinerja;Username=postgres")]
    [InlineData("host=db.lokal;Database=kinerja")]
    [InlineData("Server=127.0.0.1;Username=kinerja;Password=rahasia")]
    public void ConnectionString_ForPostgres_IsRecognised(string connection)
    {
        var options = KinerjaDatabaseOptions.FromConnectionString(connection);

        Assert.True(options.IsPostgres);
        Assert.Equal(connection, options.ConnectionString);
    }

    [Fact]
    public void ConnectionString_ForSqlite_IsKept()
    {
        var options = KinerjaDatabaseOptions.FromConnectionString("Data Source=/tmp/kinerja/uji.db;Cache=Shared");

        Assert.False(options.IsPostgres);
        Assert.Equal("Data Source=/tmp/kinerja/uji.db;Cache=Shared", options.ConnectionString);
        Assert.Equal("/tmp/kinerja", options.DataDirectory);
    }

    [Fact]
    public void PlainFilePath_IsASqliteDatabase()
    {
        var options = KinerjaDatabaseOptions.FromConnectionString("/var/lib/kinerja/pk.db");

        Assert.Equal(KinerjaDatabaseOptions.Sqlite, options.Provider);
        Assert.Equal("Data Source=/var/lib/kinerja/pk.db", options.ConnectionString);
    }

    [Fact]
    public void Configuration_WithoutDatabaseSection_IsSqliteInTheDataFolderOfTheContentRoot()
    {
        var configuration = new ConfigurationBuilder().Build();

        var options = KinerjaDatabaseOptions.FromConfiguration(configuration, "/srv/kinerja");

        Assert.False(options.IsPostgres);
        Assert.Equal("Data Source=/srv/kinerja/data/kinerja.db", options.ConnectionString);
        Assert.Equal("/srv/kinerja/data", options.DataDirectory);
    }

    [Fact]
    public void Configuration_DataDirectory_MovesTheDefaultFile()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataDirectory"] = "../simpan", ["contentRoot"] = "/srv/kinerja/app" })
            .Build();

        var options = KinerjaDatabaseOptions.FromConfiguration(configuration);

        Assert.Equal("Data Source=/srv/kinerja/simpan/kinerja.db", options.ConnectionString);
    }

    [Fact]
    public void Configuration_FromEnvironmentVariables_SelectsPostgres()
    {
        const string prefix = "KINERJA_OPTIONS_TEST_";
        Environment.SetEnvironmentVariable(prefix + "Database__Provider", "postgres");
        Environment.SetEnvironmentVariable(prefix + "Database__ConnectionString", "Host=127.0.0.1;Username=postgres");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            var options = KinerjaDatabaseOptions.FromConfiguration(configuration, "/srv");

            Assert.True(options.IsPostgres);
            Assert.Equal("Host=127.0.0.1;Username=postgres", options.ConnectionString);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Database__Provider", null);
            Environment.SetEnvironmentVariable(prefix + "Database__ConnectionString", null);
        }
    }

    [Fact]
    public void Configuration_PostgresWithoutConnectionString_IsRefused()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "postgres" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => KinerjaDatabaseOptions.FromConfiguration(configuration, "/srv"));
        Assert.Contains("Database:ConnectionString", error.Message);
    }

    [Fact]
    public void Configuration_UnknownProvider_IsRefused()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "oracle" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => KinerjaDatabaseOptions.FromConfiguration(configuration, "/srv"));
        Assert.Contains("\"oracle\" tidak dikenal", error.Message);
    }

    [Theory]
    [InlineData("sqlite", typeof(SqliteKinerjaDbContext))]
    [InlineData("postgres", typeof(PostgresKinerjaDbContext))]
    public void Services_ResolveTheProvidersContextAndTheUseCases(string provider, Type contextType)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["Database:ConnectionString"] = provider == "postgres" ? "Host=127.0.0.1;Username=postgres" : null,
            })
            .Build();
        using var services = new ServiceCollection()
            .AddKinerjaPersistence(configuration, "/srv/kinerja")
            .AddKinerjaApplication()
            .BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.IsType(contextType, scope.ServiceProvider.GetRequiredService<KinerjaDbContext>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ImportAgreements>());
    }

    [Fact]
    public async Task Migrate_OnFirstStart_CreatesTheDataFolderAndTheFile()
    {
        var root = Directory.CreateTempSubdirectory("kinerja-first-start-");
        try
        {
            var configuration = new ConfigurationBuilder().Build();
            var options = KinerjaDatabaseOptions.FromConfiguration(configuration, root.FullName);
            await using (var db = KinerjaDbContextFactory.Create(options))
                await db.MigrateAsync();

            Assert.True(File.Exists(Path.Combine(root.FullName, "data", "kinerja.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }
}
