using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kinerja.Web.Tests.Browser;

/// <summary>In Chromium: sign in, import a seed by upload, amend a PK and take it through to published, read the diff.</summary>
[Collection(BrowserCollection.Name)]
public class LifecycleBrowserTests(Infrastructure.Browser browser)
{
    [SkippableFact]
    public async Task Operator_ImportsASeedByUpload_AfterPreviewingIt()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(server.Services, Role.Administrator);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, server, userName);

        await page.GotoAsync(server.Url("/impor"));
        await page.GetByLabel("Berkas dokumen PK").SetInputFilesAsync(Samples.PathOf(Samples.Kalaena));
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau" }).ClickAsync();
        await page.GetByText("7 perjanjian: 7 baru").WaitForAsync();
        await Infrastructure.Browser.ScreenshotAsync(page, "impor-pratinjau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan 7 perjanjian" }).ClickAsync();

        await page.GetByText("Tersimpan.").WaitForAsync();
        await page.GotoAsync(server.Url("/"));
        Assert.Equal(7, await page.Locator("tbody tr").CountAsync());
    }

    [SkippableFact]
    public async Task Amendment_IsSubmittedApprovedSignedPublished_AndItsDiffRead()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite(), clock: new FixedClock(Pages.Pk.WorkflowTests.ApprovalDay));
        var original = await SampleRecords.AgreementAsync(server.Services, SampleRecords.Kalaena, "KEPALA SEKSI PEMERINTAHAN UMUM");
        var operatorName = await TestAccounts.CreateAsync(server.Services, Role.Operator, SampleRecords.Kalaena);
        var camatName = await TestAccounts.CreateAsync(server.Services, Role.Official, SampleRecords.Kalaena, "MARSUKI");
        var operatorPage = await browser.NewPageAsync();
        var camatPage = await browser.NewPageAsync();
        await SignInAsync(operatorPage, server, operatorName);
        await SignInAsync(camatPage, server, camatName);

        // The operator starts the amendment.
        await operatorPage.GotoAsync(server.Url($"/pk/{original.Id}"));
        await Assertions.Expect(operatorPage.FrameLocator("iframe.document-frame").GetByText("PERJANJIAN KINERJA TAHUN 2025").First).ToBeVisibleAsync();
        await Assertions.Expect(operatorPage.Locator(".validation")).ToBeHiddenAsync();
        await Infrastructure.Browser.ScreenshotAsync(operatorPage, "pk-detail");
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = "Buat PK Perubahan" }).ClickAsync();
        await operatorPage.GetByRole(AriaRole.Radio, new() { Name = "Perubahan strategi, program, kegiatan atau anggaran" }).CheckAsync();
        await operatorPage.GetByLabel("Penjelasan").FillAsync("APBD Perubahan 2025");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Buat draf PK Perubahan" }).ClickAsync();
        await operatorPage.GetByText("PK Perubahan dibuat sebagai draf").WaitForAsync();
        var draftUrl = operatorPage.Url;
        await Pages.Pk.SubmissionTests.MakeSubmittableAsync(server.Services, Guid.Parse(draftUrl.Split('/')[^1]));

        // Submit; the Camat approves; the operator signs with the scan and publishes.
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Ajukan ke Pihak Kedua" }).ClickAsync();
        await operatorPage.GetByText("Perjanjian diajukan kepada Pihak Kedua.").WaitForAsync();
        await camatPage.GotoAsync(draftUrl);
        await camatPage.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await camatPage.GetByText("Perjanjian disetujui.").WaitForAsync();
        await operatorPage.GotoAsync(draftUrl);
        var scan = Path.Combine(Path.GetTempPath(), $"pk-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(scan, SampleRecords.ScanPdf);
        await operatorPage.GetByLabel("Pindaian PK yang telah ditandatangani", new() { Exact = false }).SetInputFilesAsync(scan);
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Tandai sudah ditandatangani" }).ClickAsync();
        await operatorPage.GetByText("Perjanjian ditandai sudah ditandatangani").WaitForAsync();
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Publikasikan" }).ClickAsync();
        await operatorPage.GetByText("Perjanjian dipublikasikan").WaitForAsync();
        File.Delete(scan);

        // The comparison with the original.
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = "lihat perbandingan" }).ClickAsync();
        await operatorPage.GetByRole(AriaRole.Heading, new() { Name = "Perbandingan dengan versi sebelumnya" }).WaitForAsync();
        Assert.Contains("Target: 1 diubah", await operatorPage.ContentAsync(), StringComparison.Ordinal);
        await Infrastructure.Browser.ScreenshotAsync(operatorPage, "pk-perbandingan");
        var stored = await SampleRecords.ReloadAsync(server.Services, Guid.Parse(draftUrl.Split('/')[^1]));
        Assert.Equal(AgreementStatus.Published, stored.Status);
    }

    internal static async Task SignInAsync(IPage page, KinerjaServer server, string userName)
    {
        await page.GotoAsync(server.Url("/masuk"));
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).WaitForAsync();
    }
}
