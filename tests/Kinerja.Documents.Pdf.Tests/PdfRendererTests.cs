using System.Diagnostics;
using Kinerja.Documents.Export.Html;
using Kinerja.Domain.Agreements;
using UglyToad.PdfPig;

namespace Kinerja.Documents.Pdf.Tests;

public sealed class PdfRendererTests(SharedRenderer shared) : IClassFixture<SharedRenderer>
{
    private static readonly PrintOptions Options = PrintOptions.ForBaseUrl("https://kinerja.example", new DateOnly(2025, 11, 25));

    [SkippableTheory]
    [InlineData(Seeds.Kalaena)]
    [InlineData(Seeds.Mangkutana)]
    public async Task RenderAsync_EverySeedAgreement_PrintsEveryIndicatorAndAmountOnAtLeastThreePages(string seed)
    {
        TestEnvironment.RequireChromium();
        foreach (var agreement in Seeds.Read(seed))
        {
            var result = await shared.Renderer.RenderAsync(PrintView.Render(new PrintedAgreement(agreement), Options));

            Assert.True(result.Success, result.Detail);
            using var pdf = PdfDocument.Open(result.Pdf!);
            Assert.True(pdf.NumberOfPages >= 3, $"{agreement.FirstParty.Position}: {pdf.NumberOfPages} pages");
            AssertNotShrunk(pdf);
            var text = Squeeze(string.Concat(pdf.GetPages().Select(p => p.Text)));
            foreach (var indicator in agreement.Indicators)
                Assert.Contains(Squeeze(indicator.Text), text);
            foreach (var line in agreement.BudgetLines)
                Assert.Contains(Squeeze(line.Amount.ToString()), text);
        }
    }

    [SkippableFact]
    public async Task RenderAsync_EveryPage_CarriesTheVerificationFooter()
    {
        TestEnvironment.RequireChromium();
        var agreement = Seeds.Read(Seeds.Kalaena)[0];
        var fingerprint = AgreementFingerprint.Compute(agreement);

        var result = await shared.Renderer.RenderAsync(PrintView.Render(new PrintedAgreement(agreement), Options));

        using var pdf = PdfDocument.Open(result.Pdf!);
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Contains("Sidikdokumen:" + fingerprint[..8], Squeeze(page.Text));
            Assert.Contains("/verifikasi/" + agreement.Id.ToString("D"), page.Text);
        });
    }

    [SkippableTheory]
    [InlineData(Seeds.Kalaena)]
    [InlineData(Seeds.Mangkutana)]
    public async Task RenderAsync_WholeOffice_NoPageHasContentAtItsRightEdge(string seed)
    {
        TestEnvironment.RequireChromium();
        TestEnvironment.RequirePdftoppm();
        var agreements = Seeds.Read(seed);

        var result = await shared.Renderer.RenderAsync(PrintView.Render(agreements.Select(a => new PrintedAgreement(a)).ToList(), Options));

        Assert.True(result.Success, result.Detail);
        using var images = PageImages.Render(result.Pdf!);
        Assert.True(images.Files.Count >= 3 * agreements.Count, $"{images.Files.Count} pages for {agreements.Count} agreements");
        // At 50 dpi the right margin (15 mm) is about 30 pixels; its outer 10 must stay white.
        Assert.All(images.Files, file => Assert.False(PageImages.TouchesRightEdge(file, 10), Path.GetFileName(file)));
        using var pdf = PdfDocument.Open(result.Pdf!);
        AssertNotShrunk(pdf);
        var text = Squeeze(string.Concat(pdf.GetPages().Select(p => p.Text)));
        foreach (var indicator in agreements.SelectMany(a => a.Indicators))
            Assert.Contains(Squeeze(indicator.Text), text);
    }

    [SkippableFact]
    public async Task RenderAsync_ATableWiderThanThePage_ShrinksTheTextWhichTheSizeCheckCatches()
    {
        TestEnvironment.RequireChromium();
        const string Wide = "<!DOCTYPE html><html><head><style>@page { size: A4 portrait; margin: 15mm; } body { font-size: 13pt; }</style></head><body>" +
                            "<p>PERJANJIAN</p><table border=\"1\" style=\"width: 260mm\"><tr><td>lebar</td></tr></table></body></html>";

        var result = await shared.Renderer.RenderAsync(Wide);

        using var pdf = PdfDocument.Open(result.Pdf!);
        Assert.True(SizeOf(pdf, "PERJANJIAN") < 12, "Chromium shrinks a page whose content is wider than the paper.");
    }

    [SkippableFact]
    public async Task RenderAsync_AfterTheBrowserWasKilled_LaunchesItAgainAndPrints()
    {
        TestEnvironment.RequireChromium();
        var html = PrintView.Render(new PrintedAgreement(Seeds.Read(Seeds.Mangkutana)[0]), Options);
        await using var renderer = new PdfRenderer(new PdfRendererOptions { ExecutablePath = TestEnvironment.ChromiumPath });
        var before = BrowserProcesses.MainBrowsers();
        Assert.True((await renderer.RenderAsync(html)).Success);
        var started = BrowserProcesses.MainBrowsers().Except(before).ToList();
        Assert.NotEmpty(started);

        foreach (var pid in started)
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            await process.WaitForExitAsync();
        }

        var again = await renderer.RenderAsync(html);

        Assert.True(again.Success, again.Detail);
        Assert.Equal(2, renderer.Launches);
        using var pdf = PdfDocument.Open(again.Pdf!);
        Assert.Contains("PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", pdf.GetPage(1).Text);
    }

    [SkippableFact]
    public async Task RenderAsync_ManyAtOnce_AllPrintWithTheBoundedBrowser()
    {
        TestEnvironment.RequireChromium();
        var agreements = Seeds.Read(Seeds.Kalaena);
        await using var renderer = new PdfRenderer(new PdfRendererOptions { ExecutablePath = TestEnvironment.ChromiumPath, MaxConcurrency = 2 });

        var results = await Task.WhenAll(agreements.Select(a => renderer.RenderAsync(PrintView.Render(new PrintedAgreement(a), Options))));

        Assert.All(results, r => Assert.True(r.Success, r.Detail));
        Assert.Equal(1, renderer.Launches);
    }

    [Fact]
    public async Task RenderAsync_WithoutChromium_FailsWithAnIndonesianMessage()
    {
        await using var renderer = new PdfRenderer(new PdfRendererOptions { ExecutablePath = "/tidak/ada/chromium" });

        var result = await renderer.RenderAsync("<!DOCTYPE html><html lang=\"id\"><body>PK</body></html>");

        Assert.False(renderer.IsAvailable);
        Assert.False(result.Success);
        Assert.Null(result.Pdf);
        Assert.Equal("Chromium tidak terpasang; gunakan tampilan cetak atau DOCX.", result.Error);
        Assert.Equal(0, renderer.Launches);
    }

    [SkippableFact]
    public async Task RenderAsync_Cancelled_Throws()
    {
        TestEnvironment.RequireChromium();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => shared.Renderer.RenderAsync("<html></html>", cancel.Token));
    }

    /// <summary>
    /// Chromium scales a whole document down when some content is wider than the paper, which the edge check alone
    /// cannot see: the title must keep its 13 pt.
    /// </summary>
    private static void AssertNotShrunk(PdfDocument pdf) => Assert.InRange(SizeOf(pdf, "PERJANJIAN"), 12.8, 13.2);

    /// <summary>The size in points of the first word <paramref name="word"/> on the first page.</summary>
    private static double SizeOf(PdfDocument pdf, string word) =>
        pdf.GetPage(1).GetWords().First(w => w.Text == word).Letters[0].PointSize;

    /// <summary>Text without any white space: PDF text extraction loses or adds spaces where lines wrap.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
