using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Web.Tests.Hosting;

/// <summary>
/// "Today" on the pages is the region's date from the application's clock, whatever the server's time zone: at 23:30 UTC
/// on 31 December it is already the new year in WITA (the default) but not yet in WIB at 16:30 UTC.
/// </summary>
[Collection(WebCollection.Name)]
public class RegionTimeTests
{
    [Theory]
    [InlineData(23, null, "2026", "1 Januari 2026")]
    [InlineData(23, "WIB", "2026", "1 Januari 2026")]
    [InlineData(16, "WIB", "2025", "31 Desember 2025")]
    [InlineData(16, "WITA", "2026", "1 Januari 2026")]
    [InlineData(14, "WIT", "2025", "31 Desember 2025")]
    [InlineData(15, "WIT", "2026", "1 Januari 2026")]
    public async Task PagesDefaults_AreTheRegionsDate(int utcHour, string? zone, string year, string today)
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 12, 31, utcHour, 30, 0, TimeSpan.Zero));
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), clock: clock);
        using var withZone = zone is null ? null : factory.WithWebHostBuilder(builder => builder.UseSetting("Kinerja:TimeZone", zone));
        var configured = withZone ?? (Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>)factory;
        using var client = await configured.SignedInClientAsync(Role.Administrator);

        var newPk = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/pk/baru", UriKind.Relative)));
        var positions = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/admin/jabatan", UriKind.Relative)));
        var position = positions.QuerySelector("a[href^='/admin/jabatan/']")!.GetAttribute("href")!;
        var holders = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(position, UriKind.Relative)));

        Assert.Equal(year, newPk.QuerySelector("input#tahun")!.GetAttribute("value"));
        Assert.Equal($"Pejabat hari ini ({today})", holders.QuerySelector("h2#pejabat")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownTimeZone_StopsTheStartWithAMessage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("Kinerja:TimeZone", "UTC"));

        var refused = Assert.Throws<InvalidOperationException>(() => configured.CreateClient());

        Assert.Contains("Zona waktu \"UTC\" tidak dikenal", refused.Message, StringComparison.Ordinal);
    }
}
