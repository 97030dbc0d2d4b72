using System.Net;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Pk;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Web.Tests.Pages.Publik;

/// <summary>
/// The public verification page the QR code leads to: a citizen holding the paper types the fingerprint as it is
/// printed and learns whether the paper is genuine, and nothing of what is not yet public.
/// </summary>
[Collection(WebCollection.Name)]
public class VerificationPageTests
{
    private const string Kasi = "KEPALA SEKSI PEMERINTAHAN UMUM";

    [Theory]
    [InlineData("{0} {1} {2} {3}")]
    [InlineData("{0}-{1}-{2}-{3}")]
    [InlineData("  {0}  {1}\t{2} {3} ")]
    public async Task TheFingerprintTypedAsPrinted_Matches(string layout)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var published = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        var fingerprint = AgreementFingerprint.Compute(published).ToUpperInvariant();
        var typed = string.Format(System.Globalization.CultureInfo.InvariantCulture, layout, fingerprint[..4], fingerprint[4..8], fingerprint[8..12], fingerprint[12..16]);
        using var visitor = factory.CreateClient();

        var page = await visitor.GetStringAsync(new Uri($"/verifikasi/{published.Id}?sidik={Uri.EscapeDataString(typed)}", UriKind.Relative));

        Assert.Contains("Cocok: isi dokumen cetak sama dengan yang tersimpan.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherFingerprint_DoesNotMatch()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var published = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        var fingerprint = AgreementFingerprint.Compute(published);
        var wrong = (fingerprint[0] == '0' ? "1" : "0") + fingerprint[1..16];
        using var visitor = factory.CreateClient();

        var page = await visitor.GetStringAsync(new Uri($"/verifikasi/{published.Id}?sidik={wrong}", UriKind.Relative));

        Assert.Contains("Tidak cocok", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_NamesTheSignatories()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var published = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        using var visitor = factory.CreateClient();

        var page = await visitor.GetStringAsync(new Uri($"/verifikasi/{published.Id}", UriKind.Relative));

        Assert.Contains(WebUtility.HtmlEncode(published.FirstParty.PrintedName), page, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(published.SecondParty.PrintedName), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownId_SaysPlainlyThatNoSuchDocumentIsRegistered()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var visitor = factory.CreateClient();

        var response = await visitor.GetAsync(new Uri($"/verifikasi/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Tidak ada dokumen PK yang terdaftar dengan kode ini", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraft_TellsThePublicNeitherItsStatusNorItsPartiesNorItsFingerprint()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (operatorClient, draftId) = await WorkflowTests.ApprovedAmendmentAsync(factory);
        operatorClient.Dispose();
        var draft = await SampleRecords.ReloadAsync(factory.Services, draftId);
        using var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await visitor.GetStringAsync(new Uri($"/verifikasi/{draftId}", UriKind.Relative));

        Assert.Contains("belum ditandatangani", page, StringComparison.Ordinal);
        Assert.DoesNotContain(AgreementFingerprint.Compute(draft), page, StringComparison.Ordinal);
        Assert.DoesNotContain(Kasi, page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Disetujui", page, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(draft.FirstParty.PrintedName), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraft_IsShownInFullToItsOffice()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (operatorClient, draftId) = await WorkflowTests.ApprovedAmendmentAsync(factory);
        var draft = await SampleRecords.ReloadAsync(factory.Services, draftId);

        var page = await operatorClient.GetStringAsync(new Uri($"/verifikasi/{draftId}", UriKind.Relative));

        Assert.Contains(AgreementFingerprint.Compute(draft), page, StringComparison.Ordinal);
        operatorClient.Dispose();
    }

    [Fact]
    public async Task ADraftAmendment_DoesNotReplaceThePublishedOriginalInPublic()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var original = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, Kasi);
        var (operatorClient, _) = await WorkflowTests.ApprovedAmendmentAsync(factory);
        using var visitor = factory.CreateClient();

        var originalPage = await visitor.GetStringAsync(new Uri($"/pk/{original.Id}", UriKind.Relative));
        var verification = await visitor.GetStringAsync(new Uri($"/verifikasi/{original.Id}", UriKind.Relative));
        var forTheOffice = await operatorClient.GetStringAsync(new Uri($"/pk/{original.Id}", UriKind.Relative));

        Assert.DoesNotContain("Diganti oleh", originalPage, StringComparison.Ordinal);
        Assert.DoesNotContain("telah diganti", verification, StringComparison.Ordinal);
        Assert.Contains("Diganti oleh", forTheOffice, StringComparison.Ordinal);
        operatorClient.Dispose();
    }
}
