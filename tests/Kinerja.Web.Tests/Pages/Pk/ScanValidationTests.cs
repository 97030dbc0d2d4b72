using System.Net;
using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Pk;

/// <summary>The scan of a signed PK is parsed as a PDF, and its stored name is cleaned of control characters.</summary>
public class ScanValidationTests
{
    [Fact]
    public async Task Signing_WithHtmlBehindThePdfMagicBytes_IsRefusedAndNothingIsStored()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), clock: new FixedClock(WorkflowTests.ApprovalDay));
        var (operatorClient, draftId) = await WorkflowTests.ApprovedAmendmentAsync(factory);
        using var client = operatorClient;
        var fake = Encoding.ASCII.GetBytes("%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n");

        var detail = await client.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var response = await HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "2025-10-01")
            .PostFileAsync(client, "Pindaian", "pindaian.pdf", fake, "application/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(EvidenceDocument.NotPdf("pindaian.pdf"), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Approved, (await SampleRecords.ReloadAsync(factory.Services, draftId)).Status);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().EvidenceDocuments.AnyAsync(e => e.AgreementId == draftId));
    }

    [Fact]
    public async Task Signing_StoresTheScansNameWithoutControlOrDirectionCharacters()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), clock: new FixedClock(WorkflowTests.ApprovalDay));
        var (operatorClient, draftId) = await WorkflowTests.ApprovedAmendmentAsync(factory);
        using var client = operatorClient;

        var detail = await client.GetStringAsync(new Uri($"/pk/{draftId}", UriKind.Relative));
        var response = await HtmlForm.Parse(detail, $"/pk/{draftId}", "form[action*=Tandatangani]").Set("TanggalTandaTangan", "2025-10-01")
            .PostFileAsync(client, "Pindaian", "pk-\u202Efdp.exe\u2066\u0007\u200F.pdf", TestPdf.OnePage(), "application/pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().EvidenceDocuments.AsNoTracking().SingleAsync(e => e.AgreementId == draftId);
        Assert.Equal("pk-fdp.exe.pdf", stored.FileName);
    }
}
