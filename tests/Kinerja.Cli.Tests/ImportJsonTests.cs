using System.Text.Json;

namespace Kinerja.Cli.Tests;

public class ImportJsonTests
{
    [Fact]
    public void Json_IsTheInterchangeFormatAndNothingElse()
    {
        var run = CliRun.Of("import", Repository.Sample("pk-2025-kecamatan-kalaena.txt"), "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(run.Error);
        Assert.StartsWith("{", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("}\n", run.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(1, document.RootElement.GetProperty("formatVersion").GetInt32());
        var agreements = document.RootElement.GetProperty("agreements");
        Assert.Equal(7, agreements.GetArrayLength());
        Assert.All(agreements.EnumerateArray(), a => Assert.Equal("Kecamatan Kalaena", a.GetProperty("office").GetString(), ignoreCase: true));
    }

    [Fact]
    public void Json_OfTwoFiles_HoldsAllAgreements()
    {
        var run = CliRun.Of(
            "import",
            Repository.Sample("pk-2025-kecamatan-kalaena.txt"),
            Repository.Sample("pk-perubahan-2025-kecamatan-mangkutana.txt"),
            "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(15, document.RootElement.GetProperty("agreements").GetArrayLength());
        Assert.Contains("\"value\": 70.05", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_OfAMissingFile_Exits2AndPrintsNothing()
    {
        var run = CliRun.Of("import", "tidak-ada.txt", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("tidak-ada.txt", run.Error, StringComparison.Ordinal);
    }
}
