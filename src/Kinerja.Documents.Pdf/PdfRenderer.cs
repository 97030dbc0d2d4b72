using Microsoft.Playwright;

namespace Kinerja.Documents.Pdf;

/// <summary>
/// Prints HTML (the print view) to PDF with headless Chromium. Meant as one instance for the application (a DI
/// singleton): the browser and one browser context (no script, offline) are made on first use and shared; each
/// document gets its own page in it, closed after printing; at most
/// <see cref="PdfRendererOptions.MaxConcurrency"/> documents print at once. A browser that died (crashed, killed) is
/// launched again and the document printed once more. Page size and margins come from the document's CSS
/// (<c>@page</c>), A4 otherwise. A missing Chromium is an expected failure: the result says so in Indonesian.
/// </summary>
public sealed class PdfRenderer : IAsyncDisposable
{
    private readonly PdfRendererOptions options;
    private readonly SemaphoreSlim concurrency;
    private readonly SemaphoreSlim launch = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;
    private bool disposed;

    public PdfRenderer(PdfRendererOptions? options = null)
    {
        this.options = options ?? new PdfRendererOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxConcurrency, 1);
        concurrency = new SemaphoreSlim(this.options.MaxConcurrency, this.options.MaxConcurrency);
    }

    /// <summary>True when the Chromium executable is installed.</summary>
    public bool IsAvailable => File.Exists(options.ExecutablePath);

    /// <summary>How many times a browser was launched (a relaunch after a crash counts).</summary>
    public int Launches { get; private set; }

    /// <summary>Prints <paramref name="html"/>, a standalone document, to PDF.</summary>
    public async Task<PdfResult> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!IsAvailable)
            return PdfResult.Fail(PdfMessages.ChromiumMissing, options.ExecutablePath);

        await concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var current = await ContextAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return PdfResult.Ok(await PrintAsync(current, html, cancellationToken).ConfigureAwait(false));
                }
                catch (PlaywrightException e) when (!cancellationToken.IsCancellationRequested)
                {
                    // The browser may have died under us: drop it, launch a new one and print once more.
                    await DropAsync(current.Browser!).ConfigureAwait(false);
                    if (attempt == 2)
                        return PdfResult.Fail(PdfMessages.ChromiumFailed, e.Message);
                }
            }
        }
        catch (PlaywrightException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Chromium is installed but cannot start.
            return PdfResult.Fail(PdfMessages.ChromiumFailed, e.Message);
        }
        finally
        {
            concurrency.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
            return;
        disposed = true;
        await launch.WaitAsync().ConfigureAwait(false);
        try
        {
            if (browser is not null)
                await CloseQuietlyAsync(browser).ConfigureAwait(false);
            browser = null;
            context = null;
            playwright?.Dispose();
            playwright = null;
        }
        finally
        {
            launch.Release();
        }

        launch.Dispose();
        concurrency.Dispose();
    }

    private async Task<byte[]> PrintAsync(IBrowserContext current, string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var page = await current.NewPageAsync().ConfigureAwait(false);
        try
        {
            // Cancelling closes the page, which ends the pending Playwright call.
            await using var registration = cancellationToken.Register(() => _ = page.CloseAsync()).ConfigureAwait(false);
            var timeout = (float)options.Timeout.TotalMilliseconds;
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout }).ConfigureAwait(false);

            // Printing uses the print media styles (@page, the footer at the foot of the agreement page).
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PreferCSSPageSize = true,
                PrintBackground = true,
            }).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return pdf;
        }
        finally
        {
            await ClosePageQuietlyAsync(page).ConfigureAwait(false);
        }
    }

    /// <summary>The shared browser context, made with the browser; both again when the browser died.</summary>
    private async Task<IBrowserContext> ContextAsync(CancellationToken cancellationToken)
    {
        await launch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (browser is { IsConnected: true } && context is not null)
                return context;
            if (browser is not null)
                await CloseQuietlyAsync(browser).ConfigureAwait(false);
            browser = null;
            context = null;

            playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            var launched = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ExecutablePath,
                Headless = true,
                Args = options.Arguments,
                Timeout = (float)options.Timeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            Launches++;
            browser = launched;
            context = await launched.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true }).ConfigureAwait(false);
            return context;
        }
        finally
        {
            launch.Release();
        }
    }

    /// <summary>Forgets a browser that failed, unless another request already replaced it.</summary>
    private async Task DropAsync(IBrowser failed)
    {
        await launch.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(browser, failed))
            {
                browser = null;
                context = null;
            }
        }
        finally
        {
            launch.Release();
        }

        await CloseQuietlyAsync(failed).ConfigureAwait(false);
    }

    private static async Task CloseQuietlyAsync(IBrowser closing)
    {
        try
        {
            await closing.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // Already dead: nothing to close.
        }
    }

    private static async Task ClosePageQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // The browser died or the page was closed by a cancellation: nothing to close.
        }
    }
}
