using System.Net;
using System.Text;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Web.Tests.Pages.Pk;

/// <summary>Uploads over the limit and expired forms answer with the application's Indonesian page, keeping what was typed.</summary>
public class UploadLimitTests
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public async Task Signing_WithAScanOverTheLimit_SaysTheLimitAndKeepsTheDate_AndA12MbScanIsAccepted()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), clock: new FixedClock(WorkflowTests.ApprovalDay));
        var (operatorClient, draftId) = await WorkflowTests.ApprovedAmendmentAsync(factory);
        using var client = operatorClient;

        var detail = await client.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var tooLarge = await HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "2025-10-01")
            .PostFileAsync(client, "Pindaian", "pindaian-18-halaman.pdf", Pdf(26 * Megabyte), "application/pdf");

        Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
        var page = AngleSharpPage(await tooLarge.Content.ReadAsStringAsync());
        Assert.Contains("Berkas bukti \"pindaian-18-halaman.pdf\" berukuran 26 MB; paling besar 25 MB.", page.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-10-01", page.QuerySelector("#TanggalTandaTangan")!.GetAttribute("value"));
        Assert.Equal(AgreementStatus.Approved, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);

        var realScan = await HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "2025-10-01")
            .PostFileAsync(client, "Pindaian", "pindaian.pdf", Pdf(12 * Megabyte), "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, realScan.StatusCode);
        Assert.Equal(AgreementStatus.Signed, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
    }

    [Fact]
    public async Task Import_OfADocumentOverTheLimit_SaysTheLimitInIndonesian()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(client, "/impor");
        var response = await form.PostFileAsync(client, "Berkas", "pk-besar.txt", Encoding.UTF8.GetBytes(new string('x', 6 * Megabyte)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AngleSharpPage(await response.Content.ReadAsStringAsync());
        Assert.Contains("Berkas \"pk-besar.txt\" terlalu besar; batasnya 5 MB.", page.QuerySelector(".validation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredForm_AnswersTheApplicationsIndonesianPage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var form = await HtmlForm.LoadAsync(client, "/impor");

        var response = await form.Set("__RequestVerificationToken", "kedaluwarsa").PostFileAsync(client, "Berkas", "pk.txt", "isi"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Formulir sudah kedaluwarsa", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"id\"", html, StringComparison.Ordinal);
    }

    private static byte[] Pdf(int size) => TestPdf.OnePage(size);

    private static AngleSharp.Html.Dom.IHtmlDocument AngleSharpPage(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
}
