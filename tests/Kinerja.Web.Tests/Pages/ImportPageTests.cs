using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public class ImportPageTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Upload_ShowsThePreviewAndStoresNothingUntilConfirmed(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var preview = await UploadAsync(client, Samples.Kalaena, Samples.Bytes(Samples.Kalaena));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("7 perjanjian: 7 baru, 0 menggantikan yang tersimpan, 0 tidak berubah. Belum ada yang disimpan.", html, StringComparison.Ordinal);
        Assert.Contains("LAMPIRAN_PEJABAT_LAIN", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAgreementsAsync(factory));

        var confirm = HtmlForm.Parse(html, "/impor", "form[action*=Simpan]");
        var stored = await confirm.PostAsync(client);

        Assert.Contains("Tersimpan.", await stored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task Upload_WithALetterInsideANip_PreviewsAFindingSayingSo()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var text = Encoding.UTF8.GetString(Samples.Bytes(Samples.Mangkutana)).Replace("NIP 197911122006041008", "NIP 19791112A2006041008", StringComparison.Ordinal);

        var preview = await UploadAsync(client, "pk-huruf.txt", Encoding.UTF8.GetBytes(text));

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("NIP_HURUF", html, StringComparison.Ordinal);
        Assert.Contains("NIP 19791112A2006041008 (", html, StringComparison.Ordinal);
        Assert.Contains("memuat huruf; NIP hanya terdiri dari 18 angka.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OfAPkWrittenInWord_PreviewsLikeTheText()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var importer = new Kinerja.Documents.AgreementDocumentImporter(
            new Kinerja.Domain.Rules.AgreementChecker(Kinerja.Documents.Nomenclature.DefaultNomenclature.Load()));
        var agreements = importer.Import(Encoding.UTF8.GetString(Samples.Bytes(Samples.Kalaena)), "seed.txt").Agreements;
        var docx = Kinerja.Documents.Export.Docx.DocxExporter.Write(agreements, Kinerja.Documents.Export.Html.PrintOptions.ForBaseUrl("https://kinerja.example", new DateOnly(2026, 1, 5)));

        var preview = await UploadAsync(client, "pk-kalaena.docx", docx);

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("7 perjanjian: 7 baru", html, StringComparison.Ordinal);
        var stored = await HtmlForm.Parse(html, "/impor", "form[action*=Simpan]").PostAsync(client);
        Assert.Contains("Tersimpan.", await stored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task Upload_OfKinerjasOwnDocxOfStoredAgreements_PreviewsThemAsUnchanged()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var text = await UploadAsync(client, Samples.Kalaena, Samples.Bytes(Samples.Kalaena));
        await HtmlForm.Parse(await text.Content.ReadAsStringAsync(), "/impor", "form[action*=Simpan]").PostAsync(client);
        var importer = new Kinerja.Documents.AgreementDocumentImporter(
            new Kinerja.Domain.Rules.AgreementChecker(Kinerja.Documents.Nomenclature.DefaultNomenclature.Load()));
        var agreements = importer.Import(Encoding.UTF8.GetString(Samples.Bytes(Samples.Kalaena)), Samples.Kalaena).Agreements;
        var docx = Kinerja.Documents.Export.Docx.DocxExporter.Write(agreements, Kinerja.Documents.Export.Html.PrintOptions.ForBaseUrl("https://kinerja.example", new DateOnly(2026, 1, 5)));

        var preview = await UploadAsync(client, "pk-kalaena.docx", docx);

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("7 perjanjian: 0 baru, 0 menggantikan yang tersimpan, 7 tidak berubah.", html, StringComparison.Ordinal);
        Assert.Contains("sudah ada, tidak berubah", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OfMangkutana_PreviewsTheBudgetOfEveryAgreementWhateverItsTopLevel()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var preview = await UploadAsync(client, Samples.Mangkutana, Samples.Bytes(Samples.Mangkutana));

        var page = new HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());
        var budgets = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td.number")).Where(c => c.Length == 3)
            .Select(c => c[1].TextContent.Trim()).ToList();
        Assert.Equal(8, budgets.Count);
        Assert.DoesNotContain("Rp 0", budgets);
        Assert.Contains("Rp 27.348.100", budgets);
        Assert.Contains("Rp 2.817.402.557", budgets);
    }

    [Fact]
    public async Task Upload_OfAStoredDocument_PreviewsItAsUnchanged()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var preview = await UploadAsync(client, "salinan.txt", Samples.Bytes(Samples.Mangkutana));

        Assert.Contains("8 perjanjian: 0 baru, 0 menggantikan yang tersimpan, 8 tidak berubah.", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Upload_ChangingAPublishedAgreement_PreviewsTheRefusalAndOffersNoSaving(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var before = await CountAgreementsAsync(factory);

        var preview = await UploadAsync(client, "pk-kalaena-revisi.txt", ChangedKalaena());

        var page = new HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());
        Assert.Contains(
            "pk-kalaena-revisi.txt: tidak ada yang disimpan; 1 perjanjian yang tersimpan tidak dapat diganti oleh impor",
            page.QuerySelector(".validation")!.TextContent,
            StringComparison.Ordinal);
        var verdicts = page.QuerySelectorAll("#pratinjau ~ .table-wrap tbody td.verdict")
            .Select(c => (Label: c.FirstElementChild is { LocalName: "strong" } strong ? strong.TextContent : c.ChildNodes[0].TextContent.Trim(), Message: c.QuerySelector(".position")?.TextContent))
            .ToList();
        Assert.Equal(7, verdicts.Count);
        var refused = Assert.Single(verdicts, v => v.Label == "Tidak dapat diganti");
        Assert.Contains("sudah dipublikasikan dengan isi yang berbeda. Untuk mengubah isinya, buat PK Perubahan", refused.Message, StringComparison.Ordinal);
        Assert.Equal(6, verdicts.Count(v => v.Label == "Tidak berubah" && v.Message == "sudah ada, tidak berubah"));
        Assert.Null(page.QuerySelector("form[action*=Simpan]"));
        Assert.Equal(before, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task Confirm_AfterTheStoredAgreementWasPublished_IsRefusedAndChangesNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var first = await UploadAsync(client, Samples.Kalaena, Samples.Bytes(Samples.Kalaena));
        await HtmlForm.Parse(await first.Content.ReadAsStringAsync(), "/impor", "form[action*=Simpan]").PostAsync(client);

        // The corrected document replaces the untouched earlier import...
        var preview = await UploadAsync(client, "pk-kalaena-revisi.txt", ChangedKalaena());
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("7 perjanjian: 0 baru, 1 menggantikan yang tersimpan, 6 tidak berubah.", html, StringComparison.Ordinal);
        Assert.Contains("menggantikan hasil impor sebelumnya yang belum diubah", html, StringComparison.Ordinal);
        var confirm = HtmlForm.Parse(html, "/impor", "form[action*=Simpan]");

        // ...unless, before the confirmation, people published what is stored.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            foreach (var agreement in await db.Agreements.ToListAsync())
                Assert.True(agreement.Publish().Success);
            await db.SaveChangesAsync();
        }

        var stored = await confirm.PostAsync(client);

        var page = new HtmlParser().ParseDocument(await stored.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector(".notice.success"));
        Assert.Contains("tidak ada yang disimpan", page.QuerySelector(".validation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("sudah dipublikasikan dengan isi yang berbeda", page.QuerySelector("#pratinjau ~ .table-wrap")!.TextContent, StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
            Assert.Equal(7, await db.Agreements.CountAsync(a => a.Status == Kinerja.Domain.Agreements.AgreementStatus.Published));
        }
    }

    [Fact]
    public async Task Upload_OfTextThatIsNotAPk_SaysWhyInIndonesianAndStoresNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var response = await UploadAsync(client, "surat.txt", Encoding.UTF8.GetBytes("Surat undangan rapat\n"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("validation", StringComparison.Ordinal), response.StatusCode + " " + response.Headers.Location + body);
        var page = new HtmlParser().ParseDocument(body);
        Assert.Contains("Bukan dokumen Perjanjian Kinerja", page.QuerySelector(".validation")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*=Simpan]"));
        Assert.Equal(0, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task Upload_OfADocxInflatingToAHundredMegabytes_IsRefusedWithAnIndonesianMessage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var response = await UploadAsync(client, "bom.docx", Kinerja.Testing.ZipBombs.Docx());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Berkas ditolak: bagian \"word/document.xml\" lebih dari 16 MB setelah dibuka.", page.QuerySelector(".validation, .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*=Simpan]"));
        Assert.Equal(0, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task Upload_OfTwoOpeningSentencesAlone_IsRefusedWithAnIndonesianMessage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        const string opening = "Dalam rangka mewujudkan manajemen pemerintahan yang efektif\n";

        var response = await UploadAsync(client, "pembuka.txt", Encoding.UTF8.GetBytes(opening + opening));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tidak memuat Nama dan Jabatan Pihak Pertama dan Pihak Kedua.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAgreementsAsync(factory));
    }

    [Theory]
    [InlineData("gambar.png", "bukan dokumen PK yang dapat dibaca")]
    [InlineData("kosong.txt", "Pilih berkas dokumen PK")]
    public async Task Upload_OfTheWrongKindOfFile_IsRefusedWithAnIndonesianMessage(string fileName, string message)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var response = await UploadAsync(client, fileName, fileName.EndsWith(".png", StringComparison.Ordinal) ? [0x89, 0x50, 0x4E, 0x47] : []);

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutTheAntiforgeryToken_IsRejected()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var form = (await HtmlForm.LoadAsync(client, "/impor")).Without("__RequestVerificationToken");

        var response = await form.PostFileAsync(client, "Berkas", Samples.Kalaena, Samples.Bytes(Samples.Kalaena));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task Upload_ByAnOperatorOfAnotherOffice_IsRefusedAndStoresNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");
        var before = await CountAgreementsAsync(factory);

        var response = await UploadAsync(client, Samples.Mangkutana, Samples.Bytes(Samples.Mangkutana));

        Assert.Contains("operator hanya dapat mengimpor perjanjian kantornya sendiri", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task ImportPage_ForAnEvaluator_IsForbidden()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Evaluator);

        var response = await client.GetAsync(new Uri("/impor", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The Kalaena sample with the Camat's first target changed from 100% to 95%.</summary>
    private static byte[] ChangedKalaena()
    {
        const string target = "Persentase capaian kinerja penyelenggaraan pemerintahan dan pelayanan publik\t100%";
        var text = Encoding.UTF8.GetString(Samples.Bytes(Samples.Kalaena));
        var at = text.IndexOf(target, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), target.Replace("100%", "95%", StringComparison.Ordinal), text.AsSpan(at + target.Length)));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var form = await HtmlForm.LoadAsync(client, "/impor");
        return await form.PostFileAsync(client, "Berkas", fileName, content);
    }

    private static async Task<int> CountAgreementsAsync(KinerjaWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Agreements.CountAsync();
    }
}
