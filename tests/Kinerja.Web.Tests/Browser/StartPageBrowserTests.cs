using Kinerja.Web.Tests.Infrastructure;

namespace Kinerja.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class StartPageBrowserTests(Infrastructure.Browser browser)
{
    [SkippableFact]
    public async Task StartPage_InChromium_ShowsBothKecamatanAndFiltersByYearWithTheKeyboard()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Url("/"));

        Assert.Equal("Perjanjian Kinerja – Kinerja", await page.TitleAsync());
        Assert.Equal(15, await page.Locator("tbody tr").CountAsync());
        await Infrastructure.Browser.ScreenshotAsync(page, "beranda");

        var navigated = page.WaitForURLAsync("**/?tahun=2025");
        await page.GetByLabel("Tahun").SelectOptionAsync("2025");
        await navigated;
        Assert.Equal(15, await page.Locator("tbody tr").CountAsync());
    }
}
