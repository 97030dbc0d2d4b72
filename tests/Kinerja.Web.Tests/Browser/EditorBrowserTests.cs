using Kinerja.Domain.Access;
using Kinerja.Domain.Findings;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Editor;
using Microsoft.Playwright;

namespace Kinerja.Web.Tests.Browser;

public class EditorBrowserTests(Infrastructure.Browser browser) : IClassFixture<Infrastructure.Browser>
{
    [SkippableFact]
    public async Task Operator_InChromium_CreatesAPkAddsATargetABudgetLineAndAPenjelasan_AndSeesAFindingAppearAndDisappear()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var position = await EditorSetup.AssignCamatKalaenaAsync(server.Services);
        var userName = await TestAccounts.CreateAsync(server.Services, Role.Operator, "Kecamatan Kalaena");
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Url("/masuk"));
        await page.Locator("input[name=NamaPengguna]").FillAsync(userName);
        await page.Locator("input[name=KataSandi]").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "PK baru" }).ClickAsync();

        await page.GetByLabel("Jabatan (Pihak Pertama)").SelectOptionAsync(position.ToString());
        await page.GetByLabel("Tahun").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat dan ubah" }).ClickAsync();
        await page.WaitForURLAsync("**/ubah");

        var newSasaran = page.Locator("#sasaran-baru");
        await newSasaran.GetByLabel("Sasaran", new() { Exact = true }).FillAsync("Terlaksananya pengadaan barang dan jasa kecamatan");
        await newSasaran.GetByRole(AriaRole.Button, new() { Name = "Tambah sasaran" }).ClickAsync();

        var newIndicator = page.Locator("[id^=indikator-baru-]");
        await newIndicator.GetByLabel("Indikator kinerja").FillAsync("Jumlah Paket Pengadaan yang Diselesaikan");
        await newIndicator.GetByLabel("Target", new() { Exact = true }).FillAsync("4");
        await newIndicator.GetByLabel("Satuan", new() { Exact = true }).SelectOptionAsync("Orang");
        await newIndicator.GetByRole(AriaRole.Button, new() { Name = "Tambah indikator" }).ClickAsync();
        var unitFinding = page.Locator("#temuan .finding", new() { HasText = FindingCodes.UnitContradictsIndicator });
        await Assertions.Expect(unitFinding).ToHaveCountAsync(1);

        var newLine = page.Locator("#anggaran-baru");
        await newLine.GetByLabel("Tingkat").SelectOptionAsync("Program");
        await newLine.GetByLabel("Nama", new() { Exact = true }).FillAsync("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik");
        await newLine.GetByLabel("Anggaran (Rp)").FillAsync("Rp 11.990.000");
        await newLine.GetByRole(AriaRole.Button, new() { Name = "Tambah baris" }).ClickAsync();
        await Assertions.Expect(page.Locator("#anggaran .budget-summary")).ToContainTextAsync("Rp 11.990.000");
        await Infrastructure.Browser.ScreenshotAsync(page, "pk-editor");

        var indicator = page.Locator(".indicator-card:not([id^=indikator-baru-])");
        await indicator.Locator("summary").ClickAsync();
        await indicator.GetByLabel("Satuan", new() { Exact = true }).SelectOptionAsync("Paket");
        await indicator.GetByRole(AriaRole.Button, new() { Name = "Simpan indikator" }).ClickAsync();
        await Assertions.Expect(page.Locator(".indicator-summary")).ToContainTextAsync("4 Paket");
        await Assertions.Expect(unitFinding).ToHaveCountAsync(0);

        var explanation = page.Locator("[id^=penjelasan-]");
        await explanation.GetByLabel("Penjelasan sasaran 1.", new() { Exact = false }).FillAsync("Paket pengadaan diselesaikan melalui katalog elektronik.");
        await explanation.GetByRole(AriaRole.Button, new() { Name = "Simpan penjelasan" }).ClickAsync();
        await Assertions.Expect(explanation.GetByRole(AriaRole.Button, new() { Name = "Hapus penjelasan sasaran 1." })).ToBeVisibleAsync();
        await explanation.Locator("summary").ClickAsync();
        await Assertions.Expect(explanation.Locator("textarea")).ToHaveValueAsync("Paket pengadaan diselesaikan melalui katalog elektronik.");
    }

    [SkippableFact]
    public async Task Editor_InChromium_KeepsTextTypedInOneCard_WhenAnotherCardIsSaved()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var page = await NewPkAsync(server);
        const string typed = "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan";

        // Card A: a sasaran typed but not added. Card B: the place, saved.
        await page.Locator("#sasaran-baru").GetByLabel("Sasaran", new() { Exact = true }).FillAsync(typed);
        await page.Locator("#kepala").GetByLabel("Tempat penandatanganan").FillAsync("Kalaena");
        await page.Locator("#kepala").GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        await Assertions.Expect(page.Locator("#kepala").GetByLabel("Tempat penandatanganan")).ToHaveValueAsync("Kalaena");
        await Assertions.Expect(page.Locator("#sasaran-baru").GetByLabel("Sasaran", new() { Exact = true })).ToHaveValueAsync(typed);
        await Assertions.Expect(page.Locator("#sasaran-baru .unsaved-note")).ToBeVisibleAsync();

        // Saving card A afterwards stores it, and nothing is left to restore.
        await page.Locator("#sasaran-baru").GetByRole(AriaRole.Button, new() { Name = "Tambah sasaran" }).ClickAsync();
        await Assertions.Expect(page.Locator(".sasaran-card h3").First).ToContainTextAsync(typed);
        await Assertions.Expect(page.Locator("#sasaran-baru").GetByLabel("Sasaran", new() { Exact = true })).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator(".unsaved-note")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task RemovingASasaran_InChromium_AsksFirst_AndKeepsItWhenTheAnswerIsNo()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var page = await NewPkAsync(server);
        await page.Locator("#sasaran-baru").GetByLabel("Sasaran", new() { Exact = true }).FillAsync("Terlaksananya pengadaan barang dan jasa");
        await page.Locator("#sasaran-baru").GetByRole(AriaRole.Button, new() { Name = "Tambah sasaran" }).ClickAsync();
        var remove = page.GetByRole(AriaRole.Button, new() { Name = "Hapus sasaran 1." });
        var questions = new List<string>();
        var accept = false;
        page.Dialog += async (_, dialog) =>
        {
            questions.Add(dialog.Message);
            if (accept)
                await dialog.AcceptAsync();
            else
                await dialog.DismissAsync();
        };

        await remove.ClickAsync();
        await page.WaitForTimeoutAsync(500);
        await Assertions.Expect(remove).ToBeVisibleAsync();
        Assert.Contains("Hapus sasaran 1.", Assert.Single(questions), StringComparison.Ordinal);

        accept = true;
        await remove.ClickAsync();
        await Assertions.Expect(remove).ToHaveCountAsync(0);
        Assert.Equal(2, questions.Count);
    }

    /// <summary>Signs an operator of Kalaena in and starts a new PK of the Camat; answers the editor page.</summary>
    private async Task<IPage> NewPkAsync(KinerjaServer server)
    {
        var position = await EditorSetup.AssignCamatKalaenaAsync(server.Services);
        var userName = await TestAccounts.CreateAsync(server.Services, Role.Operator, "Kecamatan Kalaena");
        var page = await browser.NewPageAsync();
        await LifecycleBrowserTests.SignInAsync(page, server, userName);
        await page.GotoAsync(server.Url("/pk/baru"));
        await page.GetByLabel("Jabatan (Pihak Pertama)").SelectOptionAsync(position.ToString());
        await page.GetByLabel("Tahun").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat dan ubah" }).ClickAsync();
        await page.WaitForURLAsync("**/ubah");
        return page;
    }

    [SkippableFact]
    public async Task OfficePages_InChromium_ShowTheTreeAndTheReconciliation()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Url("/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Pohon kinerja" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Pohon Kinerja");
        await Assertions.Expect(page.Locator("ul.pohon h3").First).ToBeVisibleAsync();
        await Infrastructure.Browser.ScreenshotAsync(page, "pohon-kinerja");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rekonsiliasi anggaran" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Rekonsiliasi Anggaran");
        await Assertions.Expect(page.Locator("table.rekonsiliasi tr.differs")).ToHaveCountAsync(0);
        await Infrastructure.Browser.ScreenshotAsync(page, "rekonsiliasi");
    }
}
