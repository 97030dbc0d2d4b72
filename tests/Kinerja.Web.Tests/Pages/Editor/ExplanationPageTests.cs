using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Web.Tests.Pages.Editor;

/// <summary>The Lampiran 2 penjelasan of a sasaran on the editor: write, correct, remove; who may and when.</summary>
[Collection(WebCollection.Name)]
public class ExplanationPageTests(PostgresServer postgres)
{
    private const string Penjelasan = "Pelayanan publik kecamatan diukur dengan survei kepuasan masyarakat setiap semester.";

    private static string Selector(Guid sasaranId, string handler) => $"#penjelasan-{sasaranId} form[action*='handler={handler}']";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Operator_WritesAPenjelasan_SeesItInTheEditorAndThePrintView_AndRemovesIt(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        var (id, sasaranId) = await EditorSetup.KalaenaDraftWithContentAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var url = $"/pk/{id}/ubah";

        var saved = await (await HtmlForm.LoadAsync(client, url, Selector(sasaranId, "Explanation"))).Set("Description", Penjelasan).PostAsync(client);

        Assert.EndsWith($"#penjelasan-{sasaranId}", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(await EditorSetup.FollowAsync(client, saved));
        Assert.Equal(Penjelasan, page.QuerySelector($"#penjelasan-{sasaranId} textarea[name=Description]")!.TextContent);
        Assert.NotNull(page.QuerySelector(Selector(sasaranId, "RemoveExplanation")));
        var stored = await SampleRecords.ReloadAsync(factory.Services, id);
        Assert.Equal(Penjelasan, stored.ExplanationOf(sasaranId)!.Description);

        var print = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri($"/pk/{id}/cetak", UriKind.Relative)));
        var section = Assert.Single(print.QuerySelectorAll("section.explanation"));
        Assert.Contains(Penjelasan, section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Meningkatnya kualitas pelayanan publik kecamatan", section.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Indeks Kepuasan Masyarakat", "Persentase layanan selesai tepat waktu"],
            section.QuerySelectorAll("table.target-explanations tbody tr td:first-child").Select(c => c.TextContent));

        var removed = await HtmlForm.Parse(page.DocumentElement.OuterHtml, url, Selector(sasaranId, "RemoveExplanation")).PostAsync(client);
        page = new HtmlParser().ParseDocument(await EditorSetup.FollowAsync(client, removed));
        Assert.Null(page.QuerySelector(Selector(sasaranId, "RemoveExplanation")));
        Assert.Equal(string.Empty, (await SampleRecords.ReloadAsync(factory.Services, id)).ExplanationOf(sasaranId)!.Description);
        print = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri($"/pk/{id}/cetak", UriKind.Relative)));
        Assert.DoesNotContain(Penjelasan, print.QuerySelector("section.explanation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmendmentOfTheKalaenaCamat_ShowsTheDocumentsPenjelasan_AndChangingItKeepsOneSectionPerSasaran()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, "CAMAT KALAENA");
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var amended = await (await HtmlForm.LoadAsync(client, $"/pk/{original.Id}/perubahan"))
            .Set("Alasan", "PerubahanProgramAnggaran").Set("Penjelasan", "APBD Perubahan 2025").PostAsync(client);
        var id = Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
        var draft = await SampleRecords.ReloadAsync(factory.Services, id);
        var sasaranId = draft.Sasarans[3].Id;
        var url = $"/pk/{id}/ubah";

        var form = await HtmlForm.LoadAsync(client, url, Selector(sasaranId, "Explanation"));
        Assert.Equal(draft.Explanations[3].Description.ReplaceLineEndings("\n"), form.Fields["Description"].ReplaceLineEndings("\n"));
        Assert.StartsWith("Meningkatnya", form.Fields["Description"], StringComparison.Ordinal);
        await EditorSetup.FollowAsync(client, await form.Set("Description", Penjelasan).PostAsync(client));

        var after = await SampleRecords.ReloadAsync(factory.Services, id);
        Assert.Equal(13, after.Explanations.Count);
        Assert.Equal(Penjelasan, after.Explanations[3].Description);
        Assert.Equal(draft.Explanations[3].Indicators.Count, after.Explanations[3].Indicators.Count);
        Assert.Equal(draft.Explanations.Where((_, i) => i != 3).Select(e => e.Description), after.Explanations.Where((_, i) => i != 3).Select(e => e.Description));
    }

    [Fact]
    public async Task AmendmentOfTheKalaenaCamat_ShowsEachExplanationsLink_AndTheOperatorChoosesAnother()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, "CAMAT KALAENA");
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var amended = await (await HtmlForm.LoadAsync(client, $"/pk/{original.Id}/perubahan"))
            .Set("Alasan", "PerubahanProgramAnggaran").Set("Penjelasan", "APBD Perubahan 2025").PostAsync(client);
        var id = Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
        var draft = await SampleRecords.ReloadAsync(factory.Services, id);
        var url = $"/pk/{id}/ubah";

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        var statuses = page.QuerySelectorAll("#tautan-penjelasan [data-link-status]").Select(s => s.TextContent).ToList();
        Assert.Equal(draft.Explanations.Count, statuses.Count);
        Assert.Equal("terhubung ke sasaran " + draft.SasaranOf(draft.Explanations[3])!.Number.TrimEnd('.'), statuses[3]);

        var unlinked = await (await HtmlForm.LoadAsync(client, url, "#tautan-penjelasan-3 form")).Set("sasaranId", string.Empty).PostAsync(client);
        page = new HtmlParser().ParseDocument(await EditorSetup.FollowAsync(client, unlinked));

        Assert.Equal("belum terhubung", page.QuerySelector("#tautan-penjelasan-3 [data-link-status]")!.TextContent);
        Assert.Null((await SampleRecords.ReloadAsync(factory.Services, id)).Explanations[3].SasaranId);
        var linked = await (await HtmlForm.LoadAsync(client, url, "#tautan-penjelasan-3 form")).Set("sasaranId", draft.Sasarans[3].Id.ToString()).PostAsync(client);
        await EditorSetup.FollowAsync(client, linked);
        Assert.Equal(draft.Sasarans[3].Id, (await SampleRecords.ReloadAsync(factory.Services, id)).Explanations[3].SasaranId);
    }

    [Fact]
    public async Task BlankPenjelasan_AnswersInIndonesianBesideTheField_KeepingWhatWasTyped_AndTheStoredOneStays()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (id, sasaranId) = await EditorSetup.KalaenaDraftWithContentAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var url = $"/pk/{id}/ubah";
        await EditorSetup.FollowAsync(client, await (await HtmlForm.LoadAsync(client, url, Selector(sasaranId, "Explanation"))).Set("Description", Penjelasan).PostAsync(client));

        var response = await (await HtmlForm.LoadAsync(client, url, Selector(sasaranId, "Explanation"))).Set("Description", "   ").PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector($"#penjelasan-{sasaranId}")!;
        Assert.Equal("Penjelasan sasaran wajib diisi.", form.QuerySelector($"#penjelasan-{sasaranId}-description-error")!.TextContent);
        Assert.Equal("   ", form.QuerySelector("textarea[name=Description]")!.TextContent);
        Assert.Equal("input-validation-error", form.QuerySelector("textarea[name=Description]")!.ClassName);
        Assert.NotNull(form.QuerySelector("details[open]"));
        Assert.Equal(Penjelasan, (await SampleRecords.ReloadAsync(factory.Services, id)).ExplanationOf(sasaranId)!.Description);
    }

    [Fact]
    public async Task OperatorOfAnotherOffice_Gets404_AndItsPostsChangeNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (id, sasaranId) = await EditorSetup.KalaenaDraftWithContentAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Mangkutana);
        var token = await EditorSetup.TokenAsync(client);

        var save = await PostAsync(client, id, "Explanation", new() { ["__RequestVerificationToken"] = token, ["SasaranId"] = sasaranId.ToString(), ["Description"] = "Disusupkan" });
        var blank = await PostAsync(client, id, "Explanation", new() { ["__RequestVerificationToken"] = token, ["SasaranId"] = sasaranId.ToString(), ["Description"] = "" });
        var remove = await PostAsync(client, id, "RemoveExplanation", new() { ["__RequestVerificationToken"] = token, ["sasaranId"] = sasaranId.ToString() });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { save.StatusCode, blank.StatusCode, remove.StatusCode });
        Assert.Empty((await SampleRecords.ReloadAsync(factory.Services, id)).Explanations);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRejected_AndChangesNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (id, sasaranId) = await EditorSetup.KalaenaDraftWithContentAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);

        var response = await PostAsync(client, id, "Explanation", new() { ["SasaranId"] = sasaranId.ToString(), ["Description"] = "Tanpa token" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await SampleRecords.ReloadAsync(factory.Services, id)).Explanations);
    }

    [Fact]
    public async Task SignedAndPublishedPk_RefusesAPenjelasan_AndKeepsTheDocumentsOwn()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var signed = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, "CAMAT KALAENA");
        var sasaran = signed.Sasarans[0];
        var before = signed.Explanations.Select(e => e.Description).ToList();
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var token = await EditorSetup.TokenAsync(client);

        var save = await PostAsync(client, signed.Id, "Explanation", new() { ["__RequestVerificationToken"] = token, ["SasaranId"] = sasaran.Id.ToString(), ["Description"] = "Diubah setelah ditandatangani" });
        var remove = await PostAsync(client, signed.Id, "RemoveExplanation", new() { ["__RequestVerificationToken"] = token, ["sasaranId"] = sasaran.Id.ToString() });

        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.Contains("tidak dapat diubah", await save.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, remove.StatusCode);
        Assert.NotEmpty(before);
        Assert.Equal(before, (await SampleRecords.ReloadAsync(factory.Services, signed.Id)).Explanations.Select(e => e.Description));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields) =>
        client.PostAsync(new Uri($"/pk/{id}/ubah?handler={handler}", UriKind.Relative), new FormUrlEncodedContent(fields));
}
