using BenchmarkDotNet.Attributes;
using Kinerja.Documents.Export.Html;
using Kinerja.Documents.Pdf;

namespace Kinerja.Benchmarks;

/// <summary>
/// The print view and its PDF: the HTML of one agreement (Camat Kalaena) and of a whole office (the 7 Kalaena
/// agreements), and their PDFs with the browser already launched (warm), as the web application serves them.
/// </summary>
[MemoryDiagnoser]
public class PrintBenchmarks
{
    private static readonly PrintOptions Options = PrintOptions.ForBaseUrl("https://kinerja.example", new DateOnly(2025, 11, 25));
    private List<PrintedAgreement> office = [];
    private PrintedAgreement camat = null!;
    private string camatHtml = string.Empty;
    private string officeHtml = string.Empty;
    private PdfRenderer renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        office = SeedFiles.Read(SeedFiles.Kalaena).Select(a => new PrintedAgreement(a)).ToList();
        camat = office[0];
        camatHtml = PrintView.Render(camat, Options);
        officeHtml = PrintView.Render(office, Options);
        renderer = new PdfRenderer();
        var warm = renderer.RenderAsync(camatHtml).GetAwaiter().GetResult();
        if (!warm.Success)
            throw new InvalidOperationException(warm.Error + " " + warm.Detail);
    }

    [GlobalCleanup]
    public void Cleanup() => renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int HtmlOneAgreement() => PrintView.Render(camat, Options).Length;

    [Benchmark]
    public int HtmlWholeOffice() => PrintView.Render(office, Options).Length;

    [Benchmark]
    public async Task<int> PdfOneAgreementWarm() => (await renderer.RenderAsync(camatHtml)).Pdf!.Length;

    [Benchmark]
    public async Task<int> PdfWholeOfficeWarm() => (await renderer.RenderAsync(officeHtml)).Pdf!.Length;
}
