using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Offices;

[Collection(WebCollection.Name)]
public class OfficePagesTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PohonKinerja_OfKalaena_NestsThePositionsBelowTheBupati(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var client = factory.CreateClient();
        var office = await OfficeIdAsync(factory, "Kecamatan Kalaena");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri($"/kantor/{office}/pohon?tahun=2025", UriKind.Relative)));

        Assert.StartsWith("BUPATI", page.QuerySelector("ul.pohon > li > section h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("CAMAT KALAENA", page.QuerySelector("ul.pohon > li > ul > li > section h3")!.TextContent);
        var level3 = page.QuerySelectorAll("ul.pohon > li > ul > li > ul > li > section h4").Select(h => h.TextContent).ToList();
        Assert.Contains(level3, h => h.StartsWith("SEKRETARIS CAMAT", StringComparison.Ordinal));
        Assert.Contains(level3, h => h.StartsWith("KEPALA SEKSI", StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("h5"));
        Assert.Contains("Rp 199.899.000", page.QuerySelector("ul.pohon > li > ul > li > section .budget")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".indicator-list .target"));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Rekonsiliasi_OfBothSeeds_ShowsNoDifference(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var client = factory.CreateClient();

        foreach (var name in new[] { "Kecamatan Kalaena", "Kecamatan Mangkutana" })
        {
            var office = await OfficeIdAsync(factory, name);
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri($"/kantor/{office}/rekonsiliasi?tahun=2025", UriKind.Relative)));

            Assert.NotEmpty(page.QuerySelectorAll("table.rekonsiliasi tr.level-program"));
            Assert.Empty(page.QuerySelectorAll("table.rekonsiliasi tr.differs"));
            Assert.Contains(page.QuerySelectorAll("td.difference"), d => d.TextContent == "sesuai");
            Assert.Contains("sesuai", page.QuerySelector("p.notice")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StartPage_LinksEachOfficeHeadingToItsTreeAndReconciliation()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = factory.CreateClient();
        var office = await OfficeIdAsync(factory, "Kecamatan Kalaena");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains($"/kantor/{office}/pohon?tahun=2025", html, StringComparison.Ordinal);
        Assert.Contains($"/kantor/{office}/rekonsiliasi?tahun=2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOffice_Answers404()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient();

        var tree = await client.GetAsync(new Uri($"/kantor/{Guid.NewGuid()}/pohon?tahun=2025", UriKind.Relative));
        var reconciliation = await client.GetAsync(new Uri($"/kantor/{Guid.NewGuid()}/rekonsiliasi?tahun=2025", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, tree.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconciliation.StatusCode);
    }

    private static async Task<Guid> OfficeIdAsync(KinerjaWebFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var offices = await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Offices.AsNoTracking().ToListAsync();
        return offices.Single(o => o.IsNamed(name)).Id;
    }
}
