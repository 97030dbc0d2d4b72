using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Web.Tests.Pages.Pk;

/// <summary>The whole life of an amendment over HTTP: amend, edit, submit, return, submit, approve, sign, publish, compare.</summary>
[Collection(WebCollection.Name)]
public class WorkflowTests(PostgresServer postgres)
{
    private const string Kasi = "KEPALA SEKSI PEMERINTAHAN UMUM";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Amendment_GoesFromDraftToPublished_AndTheComparisonShowsTheChange(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), clock: new FixedClock(ApprovalDay));
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        using var camat = await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI");

        // Amend: reason and explanation, then the new draft's page.
        var amend = await HtmlForm.LoadAsync(operatorClient, $"/pk/{original.Id}/perubahan");
        var amended = await amend.Set("Alasan", nameof(AmendmentReason.PerubahanProgramAnggaran)).Set("Penjelasan", "APBD Perubahan 2025").PostAsync(operatorClient);
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var draftId = Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
        var draft = await SampleRecords.ReloadAsync(factory.Services, draftId);
        Assert.Equal((AgreementStatus.Draft, AgreementKind.Perubahan, original.Id), (draft.Status, draft.Kind, draft.SupersedesId));

        // Date it and change one target through the use cases (the editor pages have their own tests).
        await SubmissionTests.MakeSubmittableAsync(factory.Services, draftId);

        // Submit, return with a note, submit again, approve.
        await PostActionAsync(operatorClient, draftId, "Ajukan");
        Assert.Equal(AgreementStatus.Submitted, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
        var returned = await PostActionAsync(camat, draftId, "Kembalikan", ("Catatan", "Target belum sesuai Renstra."));
        Assert.Contains("Target belum sesuai Renstra.", returned, StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Returned, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
        await PostActionAsync(operatorClient, draftId, "Ajukan");
        await PostActionAsync(camat, draftId, "Setujui");
        var approved = await SampleRecords.ReloadAsync(factory.Services, draftId);
        Assert.Equal((AgreementStatus.Approved, new DateOnly(2025, 10, 1)), (approved.Status, approved.ApprovedOn));

        // Sign with the scan, publish: the document keeps the date it was approved with.
        var detail = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var sign = HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "2025-10-01");
        var signed = await sign.PostFileAsync(operatorClient, "Pindaian", "pk-bertanda-tangan.pdf", SampleRecords.ScanPdf, "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        await PostActionAsync(operatorClient, draftId, "Publikasikan");
        var published = await SampleRecords.ReloadAsync(factory.Services, draftId);
        Assert.Equal((AgreementStatus.Published, new DateOnly(2025, 10, 1), approved.SignedAt), (published.Status, published.SignedOn, published.SignedAt));

        // The public reads it, downloads nothing it may not, and sees the comparison.
        using var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await visitor.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        Assert.Contains("Dipublikasikan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tandai sudah ditandatangani", page, StringComparison.Ordinal);
        var comparison = await visitor.GetStringAsync(new Uri($"/pk/{draftId}/perbandingan", UriKind.Relative));
        Assert.Contains("Target: 1 diubah, 0 ditambah, 0 dihapus", comparison, StringComparison.Ordinal);
        Assert.Contains("95%", comparison, StringComparison.Ordinal);
        var scan = await visitor.GetAsync(new Uri($"/pk/{draftId}?handler=Pindaian", UriKind.Relative));
        Assert.Equal("application/pdf", scan.Content.Headers.ContentType!.MediaType);
        var verification = await visitor.GetStringAsync(new Uri($"/verifikasi/{draftId}", UriKind.Relative));
        Assert.Contains(AgreementFingerprint.Compute(published), verification, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_WithAFileThatIsNotAPdf_IsRefusedInIndonesianAndChangesNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (operatorClient, draftId) = await ApprovedAmendmentAsync(factory);

        var detail = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var sign = HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]");
        var response = await sign.PostFileAsync(operatorClient, "Pindaian", "foto.pdf", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Approved, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
        operatorClient.Dispose();
    }

    [Fact]
    public async Task Amendment_WithoutAReason_KeepsTheExplanationAndSaysWhy()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);

        var amend = await HtmlForm.LoadAsync(operatorClient, $"/pk/{original.Id}/perubahan");
        var response = await amend.Set("Penjelasan", "Pergantian pejabat").PostAsync(operatorClient);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pilih alasan perubahan.", html, StringComparison.Ordinal);
        Assert.Contains("Pergantian pejabat", html, StringComparison.Ordinal);
    }

    /// <summary>1 Oktober 2025, 09:00 WITA: the day the amendments of these tests are approved.</summary>
    internal static readonly DateTimeOffset ApprovalDay = new(2025, 10, 1, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2025-10-01T01:00:00Z", "2025-10-02", "belum tiba")]
    [InlineData("2025-10-01T01:00:00Z", "2025-09-30", "sebelum PK disetujui (1 Oktober 2025)")]
    [InlineData("2026-01-05T01:00:00Z", "2026-01-05", "harus dalam tahun PK (2025)")]
    [InlineData("2026-01-05T01:00:00Z", "", "harus dalam tahun PK (2025)")]
    public async Task Signing_OnADayThePaperCannotHaveBeenSigned_IsRefusedAndChangesNothing(string now, string signedOn, string message)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), clock: new FixedClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
        var (operatorClient, draftId) = await ApprovedAmendmentAsync(factory);
        var before = await SampleRecords.ReloadAsync(factory.Services, draftId);

        var detail = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var sign = HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", signedOn);
        var response = await sign.PostFileAsync(operatorClient, "Pindaian", "pk-bertanda-tangan.pdf", SampleRecords.ScanPdf, "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await SampleRecords.ReloadAsync(factory.Services, draftId);
        Assert.Equal((AgreementStatus.Approved, before.SignedAt), (after.Status, after.SignedAt));
        operatorClient.Dispose();
    }

    [Fact]
    public async Task Signing_KeepsWhatThePrintedPaperCarries_SoItsFingerprintStillVerifies()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), clock: new FixedClock(ApprovalDay.AddDays(4)));
        var (operatorClient, draftId) = await ApprovedAmendmentAsync(factory);
        var printed = await SampleRecords.ReloadAsync(factory.Services, draftId);
        var printedFingerprint = AgreementFingerprint.Compute(printed);

        var detail = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var sign = HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "2025-10-05");
        var signed = await sign.PostFileAsync(operatorClient, "Pindaian", "pk-bertanda-tangan.pdf", SampleRecords.ScanPdf, "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        await PostActionAsync(operatorClient, draftId, "Publikasikan");

        var stored = await SampleRecords.ReloadAsync(factory.Services, draftId);
        Assert.Equal((printed.SignedAt, new DateOnly(2025, 10, 5)), (stored.SignedAt, stored.SignedOn));
        Assert.Equal(printedFingerprint, AgreementFingerprint.Compute(stored));
        using var visitor = factory.CreateClient();
        var verification = await visitor.GetStringAsync(new Uri($"/verifikasi/{draftId}?sidik={printedFingerprint[..16]}", UriKind.Relative));
        Assert.Contains("Cocok: isi dokumen cetak sama dengan yang tersimpan.", verification, StringComparison.Ordinal);
        Assert.Contains("5 Oktober 2025", verification, StringComparison.Ordinal);
        operatorClient.Dispose();
    }

    [Fact]
    public async Task InternalNotes_AreReadByThoseWhoWorkOnThePk_NotByThePublic()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), clock: new FixedClock(ApprovalDay));
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        using var camat = await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI");
        using var evaluator = await factory.SignedInClientAsync(Role.Evaluator);
        var amend = await HtmlForm.LoadAsync(operatorClient, $"/pk/{original.Id}/perubahan");
        var amended = await amend.Set("Alasan", nameof(AmendmentReason.PergantianPejabat)).Set("Penjelasan", "Mutasi").PostAsync(operatorClient);
        var draftId = Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
        await SubmissionTests.MakeSubmittableAsync(factory.Services, draftId);
        await PostActionAsync(operatorClient, draftId, "Ajukan");
        await PostActionAsync(camat, draftId, "Kembalikan", ("Catatan", "Catatan pengembalian internal."));
        await PostActionAsync(operatorClient, draftId, "Ajukan");
        await PostActionAsync(camat, draftId, "Setujui");
        var detail = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var sign = HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "2025-10-01");
        await sign.PostFileAsync(operatorClient, "Pindaian", "pk-bertanda-tangan.pdf", SampleRecords.ScanPdf, "application/pdf");
        await PostActionAsync(operatorClient, draftId, "Publikasikan");
        await PostActionAsync(evaluator, draftId, "Catatan", ("Catatan", "Catatan evaluasi Inspektorat."));

        using var visitor = factory.CreateClient();
        var publicPage = await visitor.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var officePage = await operatorClient.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));

        Assert.Contains("Dipublikasikan", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Catatan pengembalian internal.", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Catatan evaluasi Inspektorat.", publicPage, StringComparison.Ordinal);
        Assert.Contains("Catatan pengembalian internal.", officePage, StringComparison.Ordinal);
        Assert.Contains("Catatan evaluasi Inspektorat.", officePage, StringComparison.Ordinal);
    }

    /// <summary>An amendment of the Kasi's PK, submitted by the operator and approved by the Camat.</summary>
    internal static async Task<(HttpClient Operator, Guid DraftId)> ApprovedAmendmentAsync(KinerjaWebFactory factory)
    {
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        using var camat = await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI");
        var amend = await HtmlForm.LoadAsync(operatorClient, $"/pk/{original.Id}/perubahan");
        var amended = await amend.Set("Alasan", nameof(AmendmentReason.PergantianPejabat)).Set("Penjelasan", "Mutasi").PostAsync(operatorClient);
        var draftId = Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
        await SubmissionTests.MakeSubmittableAsync(factory.Services, draftId);
        await PostActionAsync(operatorClient, draftId, "Ajukan");
        await PostActionAsync(camat, draftId, "Setujui");
        return (operatorClient, draftId);
    }

    /// <summary>Posts the detail page's form of <paramref name="handler"/>; answers the page shown after the redirect.</summary>
    internal static async Task<string> PostActionAsync(HttpClient client, Guid id, string handler, params (string Name, string Value)[] fields)
    {
        var detail = await client.GetStringAsync(new Uri($"/pk/{id}", UriKind.Relative));
        var form = HtmlForm.Parse(detail, $"/pk/{id}", $"form[action*={handler}]");
        foreach (var (name, value) in fields)
            form.Set(name, value);
        var response = await form.PostAsync(client);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, handler + ": " + response.StatusCode + " " + await response.Content.ReadAsStringAsync());
        return await client.GetStringAsync(response.Headers.Location);
    }
}
