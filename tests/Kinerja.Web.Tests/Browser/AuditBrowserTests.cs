using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Editor;
using Microsoft.Playwright;

namespace Kinerja.Web.Tests.Browser;

/// <summary>In Chromium: the evaluator reads the audit log as Indonesian sentences and finds entries with Indonesian words.</summary>
[Collection(BrowserCollection.Name)]
public class AuditBrowserTests(Infrastructure.Browser browser)
{
    [SkippableFact]
    public async Task AuditLog_ReadsAsIndonesianSentences_AndItsFilterFindsPerjanjian()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var (id, _) = await EditorSetup.KalaenaDraftWithContentAsync(server.Services);
        var operatorPage = await browser.NewPageAsync();
        await LifecycleBrowserTests.SignInAsync(operatorPage, server, await TestAccounts.CreateAsync(server.Services, Role.Operator, SampleRecords.Kalaena));
        await operatorPage.GotoAsync(server.Url($"/pk/{id}"));
        // The draft's Error findings (if any) are acknowledged, as the page asks.
        var acknowledgement = operatorPage.Locator("form[action*=Ajukan] input[name=MengertiTemuan]");
        if (await acknowledgement.CountAsync() > 0)
            await acknowledgement.CheckAsync();
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Ajukan ke Pihak Kedua" }).ClickAsync();
        await operatorPage.GetByText("Perjanjian diajukan kepada Pihak Kedua.").WaitForAsync();

        var page = await browser.NewPageAsync();
        await LifecycleBrowserTests.SignInAsync(page, server, await TestAccounts.CreateAsync(server.Services, Role.Evaluator));
        await page.GotoAsync(server.Url("/audit"));
        var all = await page.Locator("table.audit").InnerTextAsync();
        foreach (var english in new[] { "Submitted", "Created", "Updated", "Agreement", "#Party", "{\"" })
            Assert.DoesNotContain(english, all, StringComparison.Ordinal);

        await page.GetByLabel("Cari").FillAsync("perjanjian diajukan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync("**/audit?cari=*");
        var row = page.Locator("tbody tr");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("Pengguna Operator (Operator) mengajukan PK 2026 – CAMAT KALAENA", (await row.Locator(".audit-sentence").InnerTextAsync()).Trim());
        Assert.Equal("status: Draf → Diajukan", (await row.Locator(".audit-changes li").InnerTextAsync()).Trim());

        await page.GetByLabel("Cari").FillAsync("perjanjian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await page.WaitForURLAsync("**/audit?cari=perjanjian*");
        var sentences = await page.Locator("tbody .audit-sentence").AllInnerTextsAsync();
        Assert.Contains(sentences, s => s.Contains("membuat indikator \"Indeks Kepuasan Masyarakat\" pada PK 2026 – CAMAT KALAENA", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("membuat baris anggaran", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("membuat akun", StringComparison.Ordinal));
    }
}
