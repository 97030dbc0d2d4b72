using System.Net;
using Kinerja.Web.Hosting;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kinerja.Web.Tests.Hosting;

/// <summary>
/// PostgreSQL down at start or gone during the day: the application does not abort, answers 503 "sedang dalam
/// pemeliharaan" (and /health 503) meanwhile, and carries on by itself once the database is back.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DatabaseUnavailableTests(PostgresServer postgres)
{
    [SkippableFact]
    public async Task PostgresDownAtStart_AnswersMaintenance_ThenServesOnceItIsBack()
    {
        using var database = await TestDatabase.PostgresAsync(postgres);
        var real = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(real.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = relay.Port, Timeout = 3 }.ToString();
        using var relayed = new RelayedDatabase(throughRelay);
        await using var factory = new KinerjaWebFactory(relayed.Database, importSamples: false);
        using var client = factory.CreateClient();

        var page = await client.GetAsync(new Uri("/pk", UriKind.Relative));
        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains(WebMessages.MaintenanceTitle, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        relay.Start();
        var startup = factory.Services.GetRequiredService<DatabaseStartup>();
        for (var i = 0; i < 600 && !startup.IsReady; i++)
            await Task.Delay(100);

        Assert.True(startup.IsReady, "the start-up work did not complete once PostgreSQL was reachable");
        Assert.True(startup.Attempts >= 2);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/pk", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    [SkippableFact]
    public async Task PostgresGoneDuringTheDay_AnswersMaintenanceInsteadOfTheErrorPage()
    {
        using var database = await TestDatabase.PostgresAsync(postgres);
        var real = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(real.Port);
        relay.Start();
        var throughRelay = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = relay.Port, Timeout = 3, Pooling = false }.ToString();
        using var relayed = new RelayedDatabase(throughRelay);
        await using var factory = new KinerjaWebFactory(relayed.Database, importSamples: false);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/pk", UriKind.Relative))).StatusCode);

        await relay.StopAsync();
        var page = await client.GetAsync(new Uri("/pk", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var body = await page.Content.ReadAsStringAsync();
        Assert.Contains(WebMessages.MaintenanceText, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Terjadi kesalahan", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    /// <summary>The test database reached through the relay's port.</summary>
    private sealed class RelayedDatabase(string connectionString) : IDisposable
    {
        public TestDatabase Database { get; } = TestDatabase.Postgres(connectionString);

        public void Dispose() => NpgsqlConnection.ClearAllPools();
    }
}
