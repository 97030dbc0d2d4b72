using Microsoft.Data.Sqlite;

namespace Kinerja.Cli.Tests;

public class ImportStoreTests
{
    private const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    private const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    [Fact]
    public void Import_StoresEveryAgreementAndPrintsTheSummaryAndFindings()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");

        var run = CliRun.Of("import", Repository.Sample(Kalaena), Repository.Sample(Mangkutana), "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(run.Error);
        Assert.Contains($"Berkas {Kalaena}: 7 perjanjian (7 baru, 0 diperbarui, 0 tidak berubah)", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Berkas {Mangkutana}: 8 perjanjian (8 baru, 0 diperbarui, 0 tidak berubah)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[GALAT] NIP_PANJANG " + Mangkutana + ":", run.Output, StringComparison.Ordinal);
        Assert.Contains("Disimpan di " + db, run.Output, StringComparison.Ordinal);
        Assert.Equal(15, CountAgreements(db));
    }

    [Fact]
    public void Import_TheSameDocumentTwice_ChangesNothing()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        CliRun.Of("import", Repository.Sample(Kalaena), "--db", db);

        var again = CliRun.Of("import", Repository.Sample(Kalaena), "--db", db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"Berkas {Kalaena}: 7 perjanjian (0 baru, 0 diperbarui, 7 tidak berubah)", again.Output, StringComparison.Ordinal);
        Assert.Equal(7, CountAgreements(db));
    }

    [Fact]
    public void Import_WithOneBadFile_Exits2AndStoresNothing()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        var bad = temp.File("bukan-pk.txt", "halo\n");

        var run = CliRun.Of("import", Repository.Sample(Kalaena), bad, "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("bukan-pk.txt\", baris 1:", run.Error, StringComparison.Ordinal);
        Assert.Contains("Tidak ada yang disimpan.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db) && CountAgreements(db) > 0);
    }

    [Fact]
    public void Import_WithoutDb_UsesTheConfiguredDatabase()
    {
        using var temp = new TempDirectory();
        var db = temp.File("lain.db");
        var services = new CliServices { DatabaseOptions = _ => Persistence.KinerjaDatabaseOptions.FromConnectionString(db) };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = KinerjaCli.Run(["import", Repository.Sample(Kalaena)], output, error, services);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Equal(7, CountAgreements(db));
    }

    private static long CountAgreements(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Agreements\"";
        return (long)command.ExecuteScalar()!;
    }
}
