using Microsoft.Playwright;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// Playwright driving Debian's Chromium, headless, one browser for the browser tests of a class. Screenshots of the
/// main pages go to <c>docs/screenshots/</c> in the repository, so a reader sees what the application looks like.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryFolder.Root, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
            return;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Kinerja.Documents.Pdf.PdfRendererOptions.DefaultArguments,
        });
    }

    /// <summary>A new page with its own cookies, in Indonesian, 1280 pixels wide. Skips when Chromium is absent.</summary>
    public async Task<IPage> NewPageAsync()
    {
        Chromium.Require();
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "id-ID",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        page.SetDefaultNavigationTimeout(30_000);
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
