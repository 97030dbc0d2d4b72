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
    public async Task Upload_OfAPkWrittenInWord_PreviewsLikeTheText()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var importer = new Kinerja.Documents.AgreementDocumentImporter(
            new Kinerja.Domain.Rules.AgreementChecker(Kinerja.Documents.Nomenclature.DefaultNomenclature.Load()));
        var agreements = importer.Import(Encoding.UTF8.GetString(Samples.Bytes(Samples.Kalaena)), "seed.txt").Agreements;
        var docx = Kinerja.Documents.Export.Docx.DocxExporter.Write(agreements);

        var preview = await UploadAsync(client, "pk-kalaena.docx", docx);

        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("7 perjanjian: 7 baru", html, StringComparison.Ordinal);
        var stored = await HtmlForm.Parse(html, "/impor", "form[action*=Simpan]").PostAsync(client);
        Assert.Contains("Tersimpan.", await stored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await CountAgreementsAsync(factory));
    }

    [Fact]
    public async Task Upload_OfAStoredDocument_PreviewsItAsUnchanged()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var preview = await UploadAsync(client, "salinan.txt", Samples.Bytes(Samples.Mangkutana));

        Assert.Contains("8 perjanjian: 0 baru, 0 menggantikan yang tersimpan, 8 tidak berubah.", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Status/403", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
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
