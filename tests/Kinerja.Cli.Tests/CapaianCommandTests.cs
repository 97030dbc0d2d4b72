using System.Text.Json;
using Kinerja.Application.Features.Scales;
using Kinerja.Domain.Access;
using Kinerja.Domain.Measurement;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Cli.Tests;

/// <summary>
/// <c>kinerja capaian</c> over a table written with the mistakes published reports make (one per row, see
/// Data/capaian-lkjip.csv): each row's expected capaian was computed by hand.
/// </summary>
public class CapaianCommandTests
{
    private static readonly string Table = Repository.Data("capaian-lkjip.csv");

    [Fact]
    public void Json_PrintsOnlyTheRows_WithTheComputedCapaian_AndWhatIsWrong()
    {
        var run = CliRun.Of("capaian", Table, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        Assert.Equal(["rows"], json.RootElement.EnumerateObject().Select(p => p.Name));

        var first = rows[0];
        Assert.Equal(
            ["row", "indicator", "unit", "direction", "target", "realisasi", "capaian", "category", "publishedCapaian", "findings"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, first.GetProperty("row").GetInt32());
        Assert.Equal("Indeks Kepuasan Masyarakat", first.GetProperty("indicator").GetString());
        Assert.Equal("Indeks", first.GetProperty("unit").GetString());
        Assert.Equal("higher", first.GetProperty("direction").GetString());
        Assert.Equal(82.5m, first.GetProperty("target").GetDecimal());
        Assert.Equal(88.94m, first.GetProperty("realisasi").GetDecimal());
        Assert.Equal(107.81m, first.GetProperty("capaian").GetDecimal());
        Assert.Equal("Sangat Baik", first.GetProperty("category").GetString());
        Assert.Equal(107.81m, first.GetProperty("publishedCapaian").GetDecimal());
        Assert.Equal(0, first.GetProperty("findings").GetArrayLength());

        Assert.Equal(("lower", 120m, "error", "CAPAIAN_ARAH_TERBALIK"), Summary(rows[1]));
        Assert.Equal(("lower", 120m, "info", "CAPAIAN_RUMUS_ALTERNATIF"), Summary(rows[2]));
        Assert.Equal(("higher", 75m, "warning", "CAPAIAN_DARI_REALISASI_TAK_DIBULATKAN"), Summary(rows[3]));
        Assert.Equal(("higher", 75m, "error", "CAPAIAN_TIDAK_SESUAI"), Summary(rows[4]));
        Assert.Equal(-70.50m, rows[5].GetProperty("capaian").GetDecimal());
        Assert.Equal("Sangat Kurang", rows[5].GetProperty("category").GetString());
        Assert.Equal(0, rows[5].GetProperty("findings").GetArrayLength());

        var notReported = rows[6];
        Assert.Equal(JsonValueKind.Null, notReported.GetProperty("realisasi").ValueKind);
        Assert.Equal(JsonValueKind.Null, notReported.GetProperty("capaian").ValueKind);
        Assert.Equal(JsonValueKind.Null, notReported.GetProperty("category").ValueKind);
        Assert.Equal(JsonValueKind.Null, notReported.GetProperty("publishedCapaian").ValueKind);
        var info = Assert.Single(notReported.GetProperty("findings").EnumerateArray());
        Assert.Equal(("info", "REALISASI_BUKAN_ANGKA"), (info.GetProperty("severity").GetString(), info.GetProperty("code").GetString()));
    }

    [Fact]
    public void WithoutJson_PrintsARowALine_InIndonesian_AndTheFindings()
    {
        var run = CliRun.Of("capaian", Table);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Baris 2: Persentase pengaduan yang tidak ditindaklanjuti — target 10, realisasi 8, capaian 120,00 (Sangat Baik); tertulis 80", run.Output, StringComparison.Ordinal);
        Assert.Contains("[GALAT] CAPAIAN_ARAH_TERBALIK baris 2:", run.Output, StringComparison.Ordinal);
        Assert.Contains("7 baris; 2 error, 1 peringatan, 2 info.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableFile_Exits2_WithOnlyAnIndonesianMessage()
    {
        using var temp = new TempDirectory();
        var path = temp.File("bukan-tabel.csv", "Uraian;Nilai\nx;1\n");

        var run = CliRun.Of("capaian", path, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("Kolom Indikator Kinerja, Target, Realisasi tidak ada", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFile_Exits2()
    {
        var run = CliRun.Of("capaian", "tidak-ada.csv", "--json");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("tidak ditemukan", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithDb_TheStoredScaleOfTheRegionAndYearJudgesTheCategory()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        Assert.Equal(0, CliRun.Of("import", Repository.Sample("pk-2025-kecamatan-kalaena.txt"), "--db", db).ExitCode);
        await using (var context = KinerjaDbContextFactory.Create(KinerjaDatabaseOptions.FromConnectionString(db)))
        {
            var region = await context.Regions.SingleAsync();
            var saved = await new SaveAchievementScale(context).ExecuteAsync(
                Actor.With([Role.Administrator], name: "uji"), region.Id, 2025,
                [new AchievementBand("Istimewa", 110), new AchievementBand("Memadai", 100), new AchievementBand("Belum Memadai", null)], null);
            Assert.True(saved.IsOk, string.Join(" ", saved.Messages));
        }

        var stored = CliRun.Of("capaian", Table, "--json", "--db", db, "--year", "2025");
        var before = CliRun.Of("capaian", Table, "--json", "--db", db, "--year", "2024");

        Assert.True(stored.ExitCode == 0, stored.Error);
        Assert.Equal("Memadai", Category(stored, 0));
        Assert.Equal("Istimewa", Category(stored, 1));
        Assert.Equal("Sangat Baik", Category(before, 0));
    }

    private static string? Category(CliRun run, int row)
    {
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("rows")[row].GetProperty("category").GetString();
    }

    private static (string?, decimal, string?, string?) Summary(JsonElement row)
    {
        var finding = Assert.Single(row.GetProperty("findings").EnumerateArray());
        return (row.GetProperty("direction").GetString(), row.GetProperty("capaian").GetDecimal(),
            finding.GetProperty("severity").GetString(), finding.GetProperty("code").GetString());
    }
}
