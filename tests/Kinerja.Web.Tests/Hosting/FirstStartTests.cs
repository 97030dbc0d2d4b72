using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Kinerja.Application.Features.Agreements;
using Kinerja.Web.Security;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kinerja.Web.Tests.Hosting;

/// <summary>What a person sees on the first start from a fresh clone: the set-up link, the run mode, a crash.</summary>
public class FirstStartTests
{
    [Fact]
    public async Task FirstStart_WithoutAnAdministrator_LogsTheFullSetupAddressOfTheListeningServer()
    {
        var logs = new LogCapture();
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false)
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var token = factory.Services.GetRequiredService<SetupToken>().Open();

        var link = address.TrimEnd('/') + "/persiapan?token=" + token;
        Assert.Contains(logs.Messages, m => m.Contains(link, StringComparison.Ordinal));
        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(link))).StatusCode);
    }

    [Theory]
    [InlineData("http://[::]:8080", "http://localhost:8080/persiapan?token=abc")]
    [InlineData("http://0.0.0.0:5000", "http://localhost:5000/persiapan?token=abc")]
    [InlineData("http://+:5000", "http://localhost:5000/persiapan?token=abc")]
    [InlineData("http://*:5000/", "http://localhost:5000/persiapan?token=abc")]
    [InlineData("http://localhost:5000", "http://localhost:5000/persiapan?token=abc")]
    [InlineData("https://kinerja.example.go.id", "https://kinerja.example.go.id/persiapan?token=abc")]
    public void SetupLink_OfAListeningAddress_IsAnAddressABrowserOpens(string listening, string expected) =>
        Assert.Equal([expected], SetupLink.For([listening], "abc"));

    [Fact]
    public void RunCommand_OfTheReadme_StartsInProductionOnPort5000()
    {
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "src/Kinerja.Web/Properties/launchSettings.json")));
        var first = settings.RootElement.GetProperty("profiles").EnumerateObject().First().Value;

        Assert.Equal("Production", first.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
        Assert.Equal("http://localhost:5000", first.GetProperty("applicationUrl").GetString());
    }

    [Fact]
    public void RunCommand_OfTheReadme_ImportsTheSamples_InEveryProfile()
    {
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "src/Kinerja.Web/Properties/launchSettings.json")));

        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
            Assert.Equal("true", profile.Value.GetProperty("environmentVariables").GetProperty("Kinerja__ImportSamples").GetString());
    }

    [Fact]
    public async Task ADeployment_WithoutTheSamplesSetting_StartsWithAnEmptyDatabase()
    {
        using var database = TestDatabase.Sqlite();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Database:Provider", database.Provider)
            .UseSetting("Database:ConnectionString", database.ConnectionString));
        using var client = factory.CreateClient();

        var list = await client.GetStringAsync(new Uri("/pk", UriKind.Relative));

        Assert.DoesNotContain("Kalaena", list, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<Kinerja.Persistence.KinerjaDbContext>().Agreements.CountAsync());
    }

    [Fact]
    public async Task ACrash_InDevelopment_ShowsTheIndonesianErrorPageWithoutSourcePaths()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false)
            .WithWebHostBuilder(b => b
                .UseEnvironment("Development")
                .ConfigureServices(s => s.AddScoped<SearchAgreements>(_ => throw new InvalidOperationException("rusak di /rahasia/Sumber.cs"))));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/pk", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<h1>Terjadi kesalahan</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("rahasia", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
