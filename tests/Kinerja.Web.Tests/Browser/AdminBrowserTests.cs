using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kinerja.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AdminBrowserTests(Infrastructure.Browser browser)
{
    private const string OperatorPassword = "operator-kalaena-2025";

    [SkippableFact]
    public async Task Administrator_InChromium_AddsAPersonAPositionAPltAssignmentAndAnOperatorWhoThenSignsIn()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var adminName = await TestAccounts.CreateAsync(server.Services, Role.Administrator);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, server, adminName, TestAccounts.Password);

        await page.GotoAsync(server.Url("/admin/pegawai"));
        await page.GetByLabel("Gelar depan").FillAsync("Drs.");
        await page.GetByLabel("Nama (tanpa gelar)").FillAsync("ANDI PATTIMURA");
        await page.GetByLabel("Gelar belakang").FillAsync("M.Si.");
        await page.GetByLabel("NIP", new() { Exact = true }).FillAsync("19750505 200312 1 004");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/pegawai?cari=*");
        Assert.Contains("Drs. ANDI PATTIMURA, M.Si.", await page.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(server.Url("/admin/jabatan"));
        await page.Locator("#Jabatan_KantorId").SelectOptionAsync(new SelectOptionValue { Label = "Kecamatan Kalaena" });
        await page.GetByLabel("Nama jabatan").FillAsync("KEPALA SEKSI KETENTERAMAN DAN KETERTIBAN UMUM");
        await page.GetByLabel("Eselon").FillAsync("IV.a");
        await page.GetByLabel("Atasan langsung").SelectOptionAsync(new SelectOptionValue { Label = "CAMAT KALAENA – Kecamatan Kalaena" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah jabatan" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/jabatan/*");

        await page.GetByLabel("Pegawai", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Drs. ANDI PATTIMURA, M.Si. (NIP 19750505 200312 1 004)" });
        await page.GetByLabel("Jenis").SelectOptionAsync(new SelectOptionValue { Label = "Pelaksana Tugas (Plt.)" });
        await page.GetByLabel("Mulai").FillAsync("2025-01-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah penugasan" }).ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        Assert.Equal("Plt. KEPALA SEKSI KETENTERAMAN DAN KETERTIBAN UMUM", (await page.Locator("[data-printed-title]").InnerTextAsync()).Trim());
        Assert.Contains("sejak 2 Januari 2025", await page.Locator("#riwayat + .table-wrap").InnerTextAsync(), StringComparison.Ordinal);
        await Infrastructure.Browser.ScreenshotAsync(page, "admin-jabatan");

        await page.GotoAsync(server.Url("/admin/pengguna"));
        await page.GetByLabel("Nama pengguna").FillAsync("operator.kalaena");
        await page.GetByLabel("Nama lengkap").FillAsync("Operator Kecamatan Kalaena");
        await page.GetByLabel("Peran").SelectOptionAsync(new SelectOptionValue { Label = "Operator" });
        await page.GetByLabel("Kantor", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kecamatan Kalaena" });
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(OperatorPassword);
        await page.GetByLabel("Ulangi kata sandi").FillAsync(OperatorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat akun" }).ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        var row = page.Locator("tbody tr", new() { HasText = "operator.kalaena" });
        Assert.Contains("Kecamatan Kalaena", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Infrastructure.Browser.ScreenshotAsync(page, "admin-pengguna");

        var operatorPage = await browser.NewPageAsync();
        await SignInAsync(operatorPage, server, "operator.kalaena", OperatorPassword);
        Assert.Contains("Operator Kecamatan Kalaena", await operatorPage.Locator(".site-nav .who").InnerTextAsync(), StringComparison.Ordinal);
        var refused = await operatorPage.GotoAsync(server.Url("/admin"));
        Assert.Equal(403, refused!.Status);
        Assert.EndsWith("/admin", operatorPage.Url, StringComparison.Ordinal);
        Assert.Equal("Akses ditolak", await operatorPage.Locator("h1").InnerTextAsync());
    }

    [SkippableFact]
    public async Task Administrator_InChromium_SetsAScaleWithACapAndPreviewsACapaian()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var adminName = await TestAccounts.CreateAsync(server.Services, Role.Administrator);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, server, adminName, TestAccounts.Password);

        await page.GotoAsync(server.Url("/admin"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Skala capaian" }).ClickAsync();
        await page.GetByLabel("Berlaku mulai tahun").FillAsync("2025");
        await page.GetByLabel("Batas bawah kategori ke-2").FillAsync("75,5");
        await page.GetByLabel("Batas tampilan capaian (%)").FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan skala" }).ClickAsync();
        await page.Locator(".notice").WaitForAsync();
        Assert.Contains("Baik: ≥ 75,5 %", await page.Locator(".table-wrap tbody").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Tahun", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("Target", new() { Exact = true }).FillAsync("80");
        await page.GetByLabel("Realisasi", new() { Exact = true }).FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hitung" }).ClickAsync();
        var result = await page.Locator(".scale-result").InnerTextAsync();
        Assert.Contains("125,00 %", result, StringComparison.Ordinal);
        Assert.Contains("ditampilkan 120,00 %", result, StringComparison.Ordinal);
        Assert.Contains("Sangat Baik", result, StringComparison.Ordinal);
        await Infrastructure.Browser.ScreenshotAsync(page, "admin-skala");
    }

    private static async Task SignInAsync(IPage page, KinerjaServer server, string userName, string password)
    {
        await page.GotoAsync(server.Url("/masuk"));
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/masuk", StringComparison.Ordinal));
    }
}
