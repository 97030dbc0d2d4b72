namespace Kinerja.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void MissingFile_Exits2AndNamesTheFile()
    {
        var run = CliRun.Of("check", "tidak-ada.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tidak-ada.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("tidak ditemukan", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void TextThatIsNotAPk_Exits2AndNamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var path = temp.File("halo.txt", "halo\n");

        var run = CliRun.Of("check", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path + "\", baris 1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Bukan dokumen Perjanjian Kinerja", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void MangkutanaSeed_HasAnErrorAndExits1()
    {
        var run = CliRun.Of("check", Repository.Sample("pk-perubahan-2025-kecamatan-mangkutana.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("8 perjanjian", run.Output, StringComparison.Ordinal);
        Assert.Contains("[GALAT] NIP_PANJANG pk-perubahan-2025-kecamatan-mangkutana.txt:", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void CleanDocument_Exits0()
    {
        var run = CliRun.Of("check", Repository.Data("pk-bersih.txt"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Berkas " + Repository.Data("pk-bersih.txt") + ": 2 perjanjian", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[GALAT]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_Exits2()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("perintah belum diberikan", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_Exits2()
    {
        var run = CliRun.Of("hapus", Repository.Sample("pk-2025-kecamatan-kalaena.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("perintah tidak dapat dipahami", run.Error, StringComparison.Ordinal);
    }
}
