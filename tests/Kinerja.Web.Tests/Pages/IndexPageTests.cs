using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public class IndexPageTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task StartPage_OnAFreshDatabase_ListsTheSampleAgreementsOfBothKecamatan(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var page = new HtmlParser().ParseDocument(html);
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains(headings, h => h.Contains("Kecamatan Kalaena – 2025", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.Contains("Kecamatan Mangkutana – 2025", StringComparison.Ordinal));
        Assert.Equal(15, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("2 Januari 2025", html, StringComparison.Ordinal);
        Assert.Contains("1 Oktober 2025", html, StringComparison.Ordinal);
        Assert.Equal(8, page.QuerySelectorAll(".badge.perubahan").Length);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Health_WhenTheDatabaseAnswers_IsHealthy(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StartPage_WithoutAgreements_SaysHowToImport()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Belum ada perjanjian kinerja yang tersimpan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Answers404InIndonesian()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/tidak-ada", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_FilteredByYear_ShowsOnlyThatYear()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/?tahun=2024", UriKind.Relative));

        Assert.DoesNotContain("Kecamatan Kalaena – 2025", html, StringComparison.Ordinal);
        Assert.Contains("Tidak ada perjanjian kinerja untuk tahun 2024.", html, StringComparison.Ordinal);
    }
}
