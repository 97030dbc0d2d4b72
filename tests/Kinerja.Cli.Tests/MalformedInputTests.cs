namespace Kinerja.Cli.Tests;

/// <summary>
/// Issue 11: a DOCX bomb, or two opening sentences and nothing else, made the CLI grow to gigabytes or die with an
/// English stack trace (exit 134). Now each is answered with an Indonesian message and exit code 2, and nothing is stored.
/// </summary>
public class MalformedInputTests
{
    [Fact]
    public void CheckAndImport_OfADocxInflatingToAHundredMegabytes_AreRefused()
    {
        using var temp = new TempDirectory();
        var bomb = Path.Combine(temp.Path, "bom.docx");
        File.WriteAllBytes(bomb, ZipBombs.Docx());

        var check = CliRun.Of("check", bomb);
        var import = CliRun.Of("import", bomb, "--db", temp.File("kinerja.db"));

        Assert.Equal(ExitCodes.BadInput, check.ExitCode);
        Assert.Contains("Berkas ditolak: bagian \"word/document.xml\" lebih dari 16 MB setelah dibuka.", check.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, import.ExitCode);
        Assert.Contains("Berkas ditolak:", import.Error, StringComparison.Ordinal);
        Assert.Contains("Tidak ada yang disimpan.", import.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OfTwoOpeningSentencesAlone_SaysWhyInIndonesian()
    {
        using var temp = new TempDirectory();
        var file = temp.File("pembuka.txt", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif\nDalam rangka mewujudkan manajemen pemerintahan yang efektif\n");

        var run = CliRun.Of("check", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("tidak memuat Nama dan Jabatan Pihak Pertama dan Pihak Kedua.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OfAFileLargerThanAnyPk_IsRefusedBeforeItIsRead()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "besar.txt");
        using (var stream = File.Create(file))
            stream.SetLength(21L * 1024 * 1024);

        var run = CliRun.Of("check", file);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("Berkas ditolak: ukurannya lebih dari 20 MB.", run.Error, StringComparison.Ordinal);
    }
}
