using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Domain.Findings;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Web.Tests.Pages.Editor;

[Collection(WebCollection.Name)]
public class EditorPageTests(PostgresServer postgres)
{
    private const string PaketIndicator = "Jumlah Paket Pengadaan Barang yang Diselesaikan";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Operator_CreatesAPkAndAddsSasaranIndicatorAndBudgetLine_AndSeesThem(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        var position = await EditorSetup.AssignCamatKalaenaAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");

        var created = await (await HtmlForm.LoadAsync(client, "/pk/baru"))
            .Set("jabatan", position.ToString()).Set("tahun", "2026").PostAsync(client);
        var html = await EditorSetup.FollowAsync(client, created);
        var url = created.Headers.Location!.ToString();
        Assert.Matches("^/pk/[0-9a-f-]{36}/ubah$", url);
        Assert.Contains("CAMAT KALAENA", html, StringComparison.Ordinal);
        Assert.Contains("BUPATI LUWU TIMUR", html, StringComparison.Ordinal);

        html = await EditorSetup.FollowAsync(client, await HtmlForm.Parse(html, url, "#sasaran-baru form")
            .Set("Level", "Strategis").Set("Text", "Meningkatnya kualitas pelayanan publik kecamatan").PostAsync(client));
        Assert.Contains("Meningkatnya kualitas pelayanan publik kecamatan", html, StringComparison.Ordinal);

        var added = await HtmlForm.Parse(html, url, "[id^=indikator-baru-] form")
            .Set("Text", "Indeks Kepuasan Masyarakat").Set("Target", "82,5").Set("Unit", "Nilai").PostAsync(client);
        Assert.Matches("#indikator-[0-9a-f-]{36}$", added.Headers.Location!.ToString());
        html = await EditorSetup.FollowAsync(client, added);
        Assert.Contains("82,5 Nilai", html, StringComparison.Ordinal);

        var line = await HtmlForm.Parse(html, url, "#anggaran-baru form")
            .Set("Level", "Program").Set("Code", "").Set("Name", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik")
            .Set("Amount", "Rp 1.234.567").Set("Source", "APBD").PostAsync(client);
        Assert.Matches("#anggaran-[0-9a-f-]{36}$", line.Headers.Location!.ToString());
        html = await EditorSetup.FollowAsync(client, line);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Contains("Rp 1.234.567", page.QuerySelector("#anggaran .budget-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((1, 1), await EditorSetup.CountsAsync(factory.Services, Guid.Parse(url.Split('/')[2])));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UnitFinding_AppearsWithAWrongUnit_AndDisappearsWhenCorrected(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        var id = await EditorSetup.KalaenaDraftAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");
        var url = $"/pk/{id}/ubah";
        var html = await EditorSetup.FollowAsync(client, await (await HtmlForm.LoadAsync(client, url, "#sasaran-baru form"))
            .Set("Text", "Terlaksananya pengadaan barang").PostAsync(client));
        Assert.DoesNotContain(FindingCodes.UnitContradictsIndicator, EditorSetup.FindingCodes(html));

        html = await EditorSetup.FollowAsync(client, await HtmlForm.Parse(html, url, "[id^=indikator-baru-] form")
            .Set("Text", PaketIndicator).Set("Target", "4").Set("Unit", "Orang").PostAsync(client));
        Assert.Contains(FindingCodes.UnitContradictsIndicator, EditorSetup.FindingCodes(html));
        Assert.Contains("4 Orang", html, StringComparison.Ordinal);

        html = await EditorSetup.FollowAsync(client, await HtmlForm.Parse(html, url, ".indicator-card:not([id^=indikator-baru-]) form[action*=Indicator]")
            .Set("Unit", "Paket").PostAsync(client));
        Assert.DoesNotContain(FindingCodes.UnitContradictsIndicator, EditorSetup.FindingCodes(html));
        Assert.Contains("4 Paket", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidTargetAndAmount_AnswerInIndonesianBesideTheField_KeepingWhatWasTyped()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var id = await EditorSetup.KalaenaDraftAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");
        var url = $"/pk/{id}/ubah";
        var html = await EditorSetup.FollowAsync(client, await (await HtmlForm.LoadAsync(client, url, "#sasaran-baru form"))
            .Set("Text", "Sasaran uji").PostAsync(client));

        var target = await HtmlForm.Parse(html, url, "[id^=indikator-baru-] form")
            .Set("Text", "Indeks Kepuasan Masyarakat").Set("Target", "abc").Set("Unit", "Nilai").PostAsync(client);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
        var page = new HtmlParser().ParseDocument(await target.Content.ReadAsStringAsync());
        var form = page.QuerySelector("[id^=indikator-baru-]")!;
        Assert.Equal("\"abc\" bukan angka yang sah.", form.QuerySelector("[id$=-target-error]")!.TextContent);
        Assert.Equal("abc", form.QuerySelector("input[name=Target]")!.GetAttribute("value"));
        Assert.Equal("Indeks Kepuasan Masyarakat", form.QuerySelector("textarea[name=Text]")!.TextContent);

        var amount = await HtmlForm.Parse(html, url, "#anggaran-baru form")
            .Set("Name", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik").Set("Amount", "12x").PostAsync(client);
        page = new HtmlParser().ParseDocument(await amount.Content.ReadAsStringAsync());
        form = page.QuerySelector("#anggaran-baru")!;
        Assert.Equal("Anggaran \"12x\" bukan jumlah Rupiah yang sah.", form.QuerySelector("[id$=-amount-error]")!.TextContent);
        Assert.Equal("12x", form.QuerySelector("input[name=Amount]")!.GetAttribute("value"));
        Assert.Equal((1, 0), await EditorSetup.CountsAsync(factory.Services, id));
    }

    [Fact]
    public async Task OperatorOfAnotherOffice_Gets404_AndItsPostsChangeNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var id = await EditorSetup.KalaenaDraftAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Mangkutana");
        var token = await EditorSetup.TokenAsync(client);

        var page = await client.GetAsync(new Uri($"/pk/{id}/ubah", UriKind.Relative));
        var post = await client.PostAsync(
            new Uri($"/pk/{id}/ubah?handler=Sasaran", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Level"] = "Strategis", ["Text"] = "Disusupkan" }));
        var header = await client.PostAsync(
            new Uri($"/pk/{id}/ubah?handler=Header", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Place"] = "Disusupkan" }));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, header.StatusCode);
        Assert.Equal((0, 0), await EditorSetup.CountsAsync(factory.Services, id));
    }

    [Fact]
    public async Task EvaluatorAndAnonymousVisitor_CannotEdit()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var id = await EditorSetup.KalaenaDraftAsync(factory.Services);
        using var evaluator = await factory.SignedInClientAsync(Role.Evaluator);
        using var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var asEvaluator = await evaluator.GetAsync(new Uri($"/pk/{id}/ubah", UriKind.Relative));
        var asAnonymous = await anonymous.GetAsync(new Uri($"/pk/{id}/ubah", UriKind.Relative));
        var newAsAnonymous = await anonymous.GetAsync(new Uri("/pk/baru", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, asEvaluator.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, asAnonymous.StatusCode);
        Assert.StartsWith("/masuk", asAnonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, newAsAnonymous.StatusCode);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRejected_AndChangesNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var id = await EditorSetup.KalaenaDraftAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");

        var response = await client.PostAsync(
            new Uri($"/pk/{id}/ubah?handler=Sasaran", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Level"] = "Strategis", ["Text"] = "Tanpa token" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0), await EditorSetup.CountsAsync(factory.Services, id));
    }
}
