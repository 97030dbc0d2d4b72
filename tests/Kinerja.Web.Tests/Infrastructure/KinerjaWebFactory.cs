using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// The real web application (Program, its middleware and pages) on a database of the test's own: a SQLite file in a
/// temporary folder or a fresh PostgreSQL database. The samples are imported at start unless told otherwise. A test
/// whose rules depend on the day (signing dates, lateness) passes its own <paramref name="clock"/>; a test of a
/// configuration its <paramref name="settings"/> (e.g. "Kinerja:TrustedProxies:0").
/// </summary>
public sealed class KinerjaWebFactory(
    TestDatabase database, bool importSamples = true, TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Kinerja:ImportSamples", importSamples ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(
                provider => clock as Domain.Common.RegionClock ?? new Domain.Common.RegionClock(clock, provider.GetRequiredService<Domain.Common.RegionTime>()))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Database.Dispose();
    }
}
