using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Pdf;
using Kinerja.Documents.Xlsx;

namespace Kinerja.Cli.Tests;

public sealed partial class ExportCommandTests
{
    private const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    private const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    [Fact]
    public void ExportDocx_WritesEveryIndicatorOfTheOffice()
    {
        using var temp = new TempDirectory();
        var db = Imported(temp);
        var file = temp.File("kalaena.docx");

        var run = CliRun.Of("export", "--format", "docx", "--office", "kecamatan  KALAENA", "--year", "2025", "-o", file, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("7 perjanjian", run.Output, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(file, isEditable: false);
        var text = Normalize(string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));
        var indicators = SampleIndicators(Kalaena);
        Assert.NotEmpty(indicators);
        Assert.All(indicators, indicator => Assert.Contains(Normalize(indicator), text, StringComparison.Ordinal));
    }

    [Fact]
    public void ExportXlsx_ReadsBackWithTheXlsxImporter()
    {
        using var temp = new TempDirectory();
        var db = Imported(temp);
        var file = temp.File("mangkutana.xlsx");

        var run = CliRun.Of("export", "--format", "xlsx", "--office", "Kecamatan Mangkutana", "--year", "2025", "-o", file, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        var read = XlsxImporter.Read(File.ReadAllBytes(file));
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal(8, read.Agreements.Count);
        Assert.Equal(
            SampleIndicators(Mangkutana).Order(StringComparer.Ordinal),
            read.Agreements.SelectMany(a => a.Sasarans).SelectMany(s => s.Indicators).Select(i => i.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ExportHtml_OnePosition_HoldsTheQrCode()
    {
        using var temp = new TempDirectory();
        var db = Imported(temp);
        var file = temp.File("sekcam.html");

        var run = CliRun.Of("export", "--format", "html", "--office", "Kecamatan Kalaena", "--year", "2025", "--position", "sekretaris camat", "-o", file, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        var html = File.ReadAllText(file);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("/verifikasi/", html, StringComparison.Ordinal);
        Assert.Single(ArticleRegex().Matches(html));
        Assert.Contains("SEKRETARIS CAMAT", html, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void ExportPdf_WithChromium_WritesAPdf()
    {
        Chromium.Require();
        using var temp = new TempDirectory();
        var db = Imported(temp);
        var file = temp.File("kalaena.pdf");

        var run = CliRun.Of("export", "--format", "pdf", "--office", "Kecamatan Kalaena", "--year", "2025", "--position", "Camat Kalaena", "-o", file, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(file)[..4]);
    }

    [Fact]
    public void ExportPdf_WithoutChromium_Exits2AndWritesNothing()
    {
        using var temp = new TempDirectory();
        var db = Imported(temp);
        var file = temp.File("kalaena.pdf");
        var services = new CliServices { PdfRenderer = new PdfRendererOptions { ExecutablePath = Path.Combine(temp.Path, "tidak-ada-chromium") } };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = KinerjaCli.Run(["export", "--format", "pdf", "--office", "Kecamatan Kalaena", "--year", "2025", "-o", file, "--db", db], output, error, services);

        Assert.Equal(2, exitCode);
        Assert.Contains("PDF tidak dapat dibuat", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Tidak ada berkas yang ditulis", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("Kecamatan Atlantis", "2025", null, "docx", "kantor \"Kecamatan Atlantis\" tidak ditemukan")]
    [InlineData("Kecamatan Kalaena", "2019", null, "docx", "tidak mempunyai PK tahun 2019")]
    [InlineData("Kecamatan Kalaena", "2025", "Lurah", "docx", "jabatan \"Lurah\" tidak ditemukan")]
    [InlineData("Kecamatan Kalaena", "2025", null, "odt", "format \"odt\" tidak dikenal")]
    public void Export_BadInput_Exits2WithAnIndonesianMessageAndWritesNothing(string office, string year, string? position, string format, string message)
    {
        using var temp = new TempDirectory();
        var db = Imported(temp);
        var file = temp.File("hasil");
        string[] args = ["export", "--format", format, "--office", office, "--year", year, "-o", file, "--db", db];

        var run = CliRun.Of(position is null ? args : [.. args, "--position", position]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.False(File.Exists(file));
    }

    private static string Imported(TempDirectory temp)
    {
        var db = temp.File("kinerja.db");
        var import = CliRun.Of("import", Repository.Sample(Kalaena), Repository.Sample(Mangkutana), "--db", db);
        Assert.True(import.ExitCode == 0, import.Error);
        return db;
    }

    private static List<string> SampleIndicators(string sample)
    {
        var document = new CliServices().CreateImporter().Import(File.ReadAllText(Repository.Sample(sample)), sample);
        return document.Agreements.SelectMany(a => a.Sasarans).SelectMany(s => s.Indicators).Select(i => i.Text).ToList();
    }

    private static string Normalize(string text) => WhitespaceRegex().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex("<article class=\"pk\"")]
    private static partial Regex ArticleRegex();
}
