using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kinerja.Web.Tests.Browser;

/// <summary>A citizen holding a signed paper types its fingerprint as printed ("1e81 5216 3d77 a695") and is told it matches.</summary>
[Collection(BrowserCollection.Name)]
public class VerificationBrowserTests(Infrastructure.Browser browser)
{
    [SkippableFact]
    public async Task TheFingerprintAsPrinted_InChromium_Matches_AndTheSignatoriesAreNamed()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var published = await SampleRecords.AgreementAsync(server.Services, SampleRecords.Kalaena, "CAMAT KALAENA");
        var printed = AgreementFingerprint.Short(AgreementFingerprint.Compute(published));
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Url($"/verifikasi/{published.Id}"));
        await page.GetByLabel("Sidik yang tercetak pada dokumen").FillAsync(printed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cocokkan" }).ClickAsync();

        await page.GetByText("Cocok: isi dokumen cetak sama dengan yang tersimpan.").WaitForAsync();
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains(published.FirstParty.PrintedName, text, StringComparison.Ordinal);
        Assert.Contains(published.SecondParty.PrintedName, text, StringComparison.Ordinal);
        await Infrastructure.Browser.ScreenshotAsync(page, "verifikasi");
    }
}
