using Microsoft.Data.Sqlite;

namespace Kinerja.Cli.Tests;

public class AdminCommandTests
{
    [Fact]
    public void AdminCreate_StoresAnAdministratorWithAHashedPassword()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");

        var run = Run(temp, "rahasia-kuat-2025", "admin", "create", "--username", "bagor", "--name", "Bagian Organisasi", "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Administrator \"bagor\" dibuat.", run.Output, StringComparison.Ordinal);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u."PasswordHash", r."Name" FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            WHERE u."UserName" = 'bagor'
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.DoesNotContain("rahasia-kuat-2025", reader.GetString(0), StringComparison.Ordinal);
        Assert.Equal("Administrator", reader.GetString(1));
    }

    [Fact]
    public void AdminCreate_WithAWeakPassword_IsRefusedInIndonesian()
    {
        using var temp = new TempDirectory();

        var run = Run(temp, "pendek", "admin", "create", "--username", "bagor", "--name", "Bagian Organisasi", "--db", temp.File("kinerja.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Kata sandi paling sedikit 10 karakter.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminCreate_WithoutAPassword_CreatesNothing()
    {
        using var temp = new TempDirectory();

        var run = Run(temp, null, "admin", "create", "--username", "bagor", "--name", "Bagian Organisasi", "--db", temp.File("kinerja.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tidak ada akun yang dibuat", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminCreate_TheSameUserNameTwice_IsRefused()
    {
        using var temp = new TempDirectory();
        var db = temp.File("kinerja.db");
        Run(temp, "rahasia-kuat-2025", "admin", "create", "--username", "bagor", "--name", "A", "--db", db);

        var again = Run(temp, "rahasia-kuat-2025", "admin", "create", "--username", "bagor", "--name", "B", "--db", db);

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("Nama pengguna \"bagor\" sudah dipakai.", again.Error, StringComparison.Ordinal);
    }

    private static CliRun Run(TempDirectory temp, string? password, params string[] args)
    {
        _ = temp;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var services = new CliServices { ReadPassword = _ => password };
        var exitCode = KinerjaCli.Run(args, output, error, services);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
