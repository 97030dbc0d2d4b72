using Microsoft.Data.Sqlite;

namespace Kinerja.Cli.Tests;

public class BackupCommandTests
{
    private const string Kalaena = "pk-2025-kecamatan-kalaena.txt";

    [Fact]
    public void BackupThenRestore_IntoANewFile_HoldsEveryAgreement()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        Assert.Equal(0, CliRun.Of("import", Repository.Sample(Kalaena), "--db", db).ExitCode);
        var backupFile = temp.File("cadangan-2025-12-01.db");

        var backup = CliRun.Of("backup", "-o", backupFile, "--db", db);

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains($"Cadangan {db} ditulis ke {backupFile} (", backup.Output, StringComparison.Ordinal);
        Assert.Contains("): 7 perjanjian, 0 pindaian.", backup.Output, StringComparison.Ordinal);

        var restoredDb = Path.Combine(temp.Path, "pulih", "kinerja.db");
        var restore = CliRun.Of("restore", backupFile, "--db", restoredDb);

        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal($"Cadangan {backupFile} dipulihkan ke {restoredDb}: 7 perjanjian, 0 pindaian.", restore.Output.Trim());
        Assert.Equal(7, CountAgreements(restoredDb));
    }

    [Fact]
    public void Restore_OverADatabaseWithData_Exits2UntilOverwriteIsGiven()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        CliRun.Of("import", Repository.Sample(Kalaena), "--db", db);
        var backupFile = temp.File("cadangan.db");
        CliRun.Of("backup", "-o", backupFile, "--db", db);

        var refused = CliRun.Of("restore", backupFile, "--db", db);

        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(refused.Output);
        Assert.Contains("kinerja: Basis data tujuan sudah berisi data (7 perjanjian", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--overwrite", refused.Error, StringComparison.Ordinal);

        var overwritten = CliRun.Of("restore", backupFile, "--db", db, "--overwrite");

        Assert.True(overwritten.ExitCode == 0, overwritten.Error);
        Assert.Equal(7, CountAgreements(db));
    }

    [Fact]
    public void Backup_OfAMistypedDatabasePath_Exits2AndCreatesNothing()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("kinreja.db");
        var backupFile = temp.File("cadangan.db");

        var run = CliRun.Of("backup", "-o", backupFile, "--db", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tidak ditemukan; periksa path --db", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(backupFile));
    }

    private static long CountAgreements(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Agreements\"";
        return (long)command.ExecuteScalar()!;
    }
}
