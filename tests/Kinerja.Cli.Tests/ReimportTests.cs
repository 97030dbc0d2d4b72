using Microsoft.Data.Sqlite;

namespace Kinerja.Cli.Tests;

/// <summary><c>kinerja import</c> over stored agreements: an untouched earlier import is replaced, work people did is not.</summary>
public class ReimportTests
{
    private const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    private const string Target = "Persentase capaian kinerja penyelenggaraan pemerintahan dan pelayanan publik\t100%";

    [Fact]
    public void Import_OfACorrectedDocument_ReplacesTheUntouchedImportAndPrintsEveryVerdict()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        CliRun.Of("import", Repository.Sample(Kalaena), "--db", db);
        var corrected = temp.File("pk-kalaena-revisi.txt", Corrected());

        var run = CliRun.Of("import", corrected, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Berkas pk-kalaena-revisi.txt: 7 perjanjian (0 baru, 1 diperbarui, 6 tidak berubah)", run.Output, StringComparison.Ordinal);
        Assert.Contains("  PK Awal 2025 CAMAT KALAENA (Kecamatan Kalaena): menggantikan hasil impor sebelumnya yang belum diubah", run.Output, StringComparison.Ordinal);
        Assert.Equal(6, run.Output.Split('\n').Count(l => l.EndsWith(": sudah ada, tidak berubah", StringComparison.Ordinal)));
        Assert.Equal(7, Scalar(db, "SELECT COUNT(*) FROM \"Agreements\""));
    }

    [Fact]
    public void Import_OverAPublishedAgreement_Exits2NamesItAndStoresNothing()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        CliRun.Of("import", Repository.Sample(Kalaena), "--db", db);
        Execute(db, "UPDATE \"Agreements\" SET \"Status\" = 'Published'");
        var published = Scalar(db, "SELECT COUNT(*) FROM \"Agreements\" WHERE \"Status\" = 'Published'");
        var corrected = temp.File("pk-kalaena-revisi.txt", Corrected());

        var run = CliRun.Of("import", corrected, "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(
            "pk-kalaena-revisi.txt: tidak ada yang disimpan; 1 perjanjian yang tersimpan tidak dapat diganti oleh impor",
            run.Error,
            StringComparison.Ordinal);
        Assert.Contains(
            "PK Awal 2025 CAMAT KALAENA (Kecamatan Kalaena) yang tersimpan tidak dapat diganti oleh impor: perjanjian itu sudah dipublikasikan dengan isi yang berbeda. "
            + "Untuk mengubah isinya, buat PK Perubahan dari perjanjian itu atau impor dokumen PK Perubahan.",
            run.Error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Berkas pk-kalaena-revisi.txt", run.Output, StringComparison.Ordinal);
        Assert.Equal(7, published);
        Assert.Equal(7, Scalar(db, "SELECT COUNT(*) FROM \"Agreements\" WHERE \"Status\" = 'Published'"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM \"Agreements\" WHERE \"SourceName\" = 'pk-kalaena-revisi.txt'"));
    }

    /// <summary>The Kalaena sample with the Camat's first target changed from 100% to 95%.</summary>
    private static string Corrected()
    {
        var text = File.ReadAllText(Repository.Sample(Kalaena));
        var at = text.IndexOf(Target, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return string.Concat(text.AsSpan(0, at), Target.Replace("100%", "95%", StringComparison.Ordinal), text.AsSpan(at + Target.Length));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
