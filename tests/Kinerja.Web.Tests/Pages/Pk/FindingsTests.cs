using AngleSharp.Html.Parser;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Editor;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Pk;

/// <summary>The start page counts the findings its PK pages list, for imported PKs and for one drawn up in the application, before and after an edit.</summary>
[Collection(WebCollection.Name)]
public class FindingsTests
{
    private const string PaketIndicator = "Jumlah Paket Pengadaan Barang yang Diselesaikan";

    [Fact]
    public async Task StartPageAndPkPage_ShowTheSameFindings_ForImportedAndDrawnUpPks_AndAfterAnEdit()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (draft, sasaran) = await EditorSetup.KalaenaDraftWithContentAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");

        var imported = await StartPageCountsAsync(client);
        Assert.True(imported.Count > 2, "the start page lists the imported PKs and the draft");
        foreach (var (id, counts) in imported)
            Assert.Equal(counts, await PkPageCountsAsync(client, id));
        Assert.Contains(imported.Values, counts => counts != "–");

        var indicator = await SaveIndicatorAsync(factory.Services, draft, sasaran, null, "4 Orang");
        var withFinding = await PkPageCountsAsync(client, draft);
        Assert.NotEqual(imported[draft], withFinding);
        Assert.Equal(withFinding, (await StartPageCountsAsync(client))[draft]);

        await SaveIndicatorAsync(factory.Services, draft, sasaran, indicator, "4 Paket");
        Assert.Equal(imported[draft], await PkPageCountsAsync(client, draft));
        Assert.Equal(imported[draft], (await StartPageCountsAsync(client))[draft]);
    }

    private static async Task<Guid> SaveIndicatorAsync(IServiceProvider services, Guid agreement, Guid sasaran, Guid? indicator, string target)
    {
        await using var scope = services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<SaveIndicator>().ExecuteAsync(
            Actor.With([Role.Administrator], name: "admin uji"), agreement, sasaran, indicator, new IndicatorContent(PaketIndicator, TargetValue.Parse(target)));
        Assert.True(saved.IsOk, saved.ToString());
        return saved.Value;
    }

    /// <summary>The "Temuan" column of every row of the start page, by agreement id.</summary>
    private static async Task<Dictionary<Guid, string>> StartPageCountsAsync(HttpClient client)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        return page.QuerySelectorAll("tbody tr").ToDictionary(
            row => Guid.Parse(row.QuerySelector("a[href^='/pk/']")!.GetAttribute("href")!["/pk/".Length..]),
            row => row.QuerySelectorAll("td").Last().TextContent.Trim());
    }

    /// <summary>The findings listed on the PK page, counted as the start page writes them.</summary>
    private static async Task<string> PkPageCountsAsync(HttpClient client, Guid id)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri($"/pk/{id}", UriKind.Relative)));
        var findings = page.QuerySelectorAll("section[aria-labelledby=temuan] li.finding").ToList();
        int Count(string severity) => findings.Count(f => f.ClassList.Contains(severity));
        return Display.FindingCounts(Count("error"), Count("warning"), Count("info"));
    }
}
