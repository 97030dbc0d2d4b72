using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Kinerja.Persistence.Backup;

/// <summary>
/// <c>pg_dump</c> and <c>pg_restore</c> for <see cref="DatabaseBackup"/>. Found in <c>KINERJA_PG_BIN</c>, else on the
/// PATH, else in the newest <c>/usr/lib/postgresql/*/bin</c> (Debian). The connection goes through the libpq
/// environment variables (PGHOST, PGPASSWORD, ...): no password appears on a command line.
/// </summary>
internal static class PostgresTools
{
    public static Task DumpAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", file], cancellationToken);

    /// <summary>Reads the dump's table of contents: refuses a damaged or foreign file before the target is touched.</summary>
    public static Task CheckDumpAsync(string file, CancellationToken cancellationToken) =>
        RunAsync("pg_restore", connectionString: null, ["--list", file], cancellationToken);

    /// <summary>In one transaction, stopping at the first error: the target is either restored or unchanged.</summary>
    public static Task RestoreAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync(
            "pg_restore",
            connectionString,
            ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", Database(connectionString), file],
            cancellationToken);

    private static async Task RunAsync(string tool, string? connectionString, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Locate(tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (connectionString is not null)
            SetEnvironment(start, connectionString);

        using var process = Process.Start(start) ?? throw new BackupException(Format(PersistenceMessages.BackupToolMissing, tool));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        var message = (await error).Trim();
        if (process.ExitCode != 0)
            throw new BackupException(Format(PersistenceMessages.BackupToolFailed, tool, process.ExitCode, message));
    }

    private static void SetEnvironment(ProcessStartInfo start, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Set(start, "PGHOST", builder.Host);
        Set(start, "PGPORT", builder.Port.ToString(CultureInfo.InvariantCulture));
        Set(start, "PGUSER", builder.Username);
        Set(start, "PGPASSWORD", builder.Password);
        Set(start, "PGDATABASE", builder.Database);
        Set(start, "PGSSLMODE", builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
    }

    private static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            start.Environment[name] = value;
    }

    private static string Database(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Database ?? throw new BackupException(PersistenceMessages.BackupCannotConnect);

    private static string Locate(string tool)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("KINERJA_PG_BIN") is { Length: > 0 } bin)
            candidates.Add(Path.Combine(bin, tool));
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            candidates.Add(Path.Combine(folder, tool));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin", tool)));
        }

        return candidates.FirstOrDefault(File.Exists) ?? throw new BackupException(Format(PersistenceMessages.BackupToolMissing, tool));
    }

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
