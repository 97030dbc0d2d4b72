using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Web.Tests.Pages.Editor;

/// <summary>Moving indicators within their sasaran and budget lines in the budget table, with the editor's buttons.</summary>
[Collection(WebCollection.Name)]
public class ReorderPageTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task MovingAnIndicatorDownAndABudgetLineUp_IsStoredAndShown(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        var (id, _) = await EditorSetup.KalaenaDraftWithContentAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var url = $"/pk/{id}/ubah";
        var before = await SampleRecords.ReloadAsync(factory.Services, id);
        var (ikm, tepatWaktu) = (before.Sasarans[0].Indicators[0], before.Sasarans[0].Indicators[1]);
        var (program, kegiatan) = (before.BudgetLines[0], before.BudgetLines[1]);
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Null(new HtmlParser().ParseDocument(html).QuerySelector($"#indikator-{ikm.Id} form[action*='handler=MoveIndicator'] [aria-label^=Naikkan]"));

        var moved = await HtmlForm.Parse(html, url, $"#indikator-{ikm.Id} form[action*='handler=MoveIndicator']").PostAsync(client);
        Assert.EndsWith($"#indikator-{ikm.Id}", moved.Headers.Location!.ToString(), StringComparison.Ordinal);
        html = await EditorSetup.FollowAsync(client, moved);
        moved = await HtmlForm.Parse(html, url, $"#anggaran-{kegiatan.Id} form[action*='handler=MoveBudgetLine']").PostAsync(client);
        html = await EditorSetup.FollowAsync(client, moved);

        var after = await SampleRecords.ReloadAsync(factory.Services, id);
        Assert.Equal([tepatWaktu.Id, ikm.Id], after.Sasarans[0].Indicators.Select(i => i.Id));
        Assert.Equal([kegiatan.Id, program.Id], after.BudgetLines.Select(b => b.Id));
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(
            [$"indikator-{tepatWaktu.Id}", $"indikator-{ikm.Id}"],
            page.QuerySelectorAll(".indicator-card[id^=indikator-]:not([id^=indikator-baru-])").Select(e => e.Id));
        Assert.Equal([$"anggaran-{kegiatan.Id}", $"anggaran-{program.Id}", "anggaran-baru"], page.QuerySelectorAll(".budget-card").Select(e => e.Id));
    }

    [Fact]
    public async Task OperatorOfAnotherOffice_Gets404_AndTheOrderStays()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (id, _) = await EditorSetup.KalaenaDraftWithContentAsync(factory.Services);
        var before = await SampleRecords.ReloadAsync(factory.Services, id);
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Mangkutana);
        var token = await EditorSetup.TokenAsync(client);

        var indicator = await client.PostAsync(
            new Uri($"/pk/{id}/ubah?handler=MoveIndicator", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["indicatorId"] = before.Sasarans[0].Indicators[0].Id.ToString(), ["index"] = "1" }));
        var line = await client.PostAsync(
            new Uri($"/pk/{id}/ubah?handler=MoveBudgetLine", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["budgetLineId"] = before.BudgetLines[0].Id.ToString(), ["index"] = "1" }));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (indicator.StatusCode, line.StatusCode));
        var after = await SampleRecords.ReloadAsync(factory.Services, id);
        Assert.Equal(before.Sasarans[0].Indicators.Select(i => i.Id), after.Sasarans[0].Indicators.Select(i => i.Id));
        Assert.Equal(before.BudgetLines.Select(b => b.Id), after.BudgetLines.Select(b => b.Id));
    }
}
