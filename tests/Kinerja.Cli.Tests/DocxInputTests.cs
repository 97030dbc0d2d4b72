using Kinerja.Documents;
using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Rules;

namespace Kinerja.Cli.Tests;

/// <summary>A PK written in Word (here: Kinerja's own DOCX of a seed) is checked and imported like the text form.</summary>
public class DocxInputTests
{
    [Fact]
    public void CheckAndImport_OfADocx_GiveWhatTheTextGives()
    {
        using var temp = new TempDirectory();
        var seed = Repository.Sample("pk-perubahan-2025-kecamatan-mangkutana.txt");
        var importer = new AgreementDocumentImporter(new AgreementChecker(DefaultNomenclature.Load()));
        var agreements = importer.Import(File.ReadAllText(seed), "seed.txt").Agreements;
        var docx = Path.Combine(temp.Path, "pk-mangkutana.docx");
        File.WriteAllBytes(docx, DocxExporter.Write(agreements, Kinerja.Documents.Export.Html.PrintOptions.ForBaseUrl("https://kinerja.example", new DateOnly(2026, 1, 5))));

        var fromText = CliRun.Of("check", seed);
        var fromDocx = CliRun.Of("check", docx);
        var stored = CliRun.Of("import", docx, "--db", temp.File("kinerja.db"));

        Assert.Equal(1, fromDocx.ExitCode);
        Assert.Contains("8 perjanjian", fromDocx.Output, StringComparison.Ordinal);
        Assert.Equal(Codes(fromText.Output), Codes(fromDocx.Output));
        Assert.True(stored.ExitCode == 0, stored.Error);
        Assert.Contains("Berkas pk-mangkutana.docx: 8 perjanjian (8 baru, 0 diperbarui, 0 tidak berubah)", stored.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OfAPdf_SaysItCannotBeReadYet()
    {
        using var temp = new TempDirectory();
        var pdf = temp.File("pk.pdf", "%PDF-1.4\n%%EOF\n");

        var run = CliRun.Of("check", pdf);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Berkas PDF belum dapat dibaca", run.Error, StringComparison.Ordinal);
    }

    private static List<string> Codes(string output) =>
        output.Split('\n').Where(l => l.StartsWith('[')).Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal).ToList();
}
