using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kinerja.Testing;

/// <summary>
/// A throwaway PostgreSQL server for the test run: initdb and pg_ctl from /usr/lib/postgresql/15/bin (or the
/// folder KINERJA_PG_BIN names) on a private port (55433 or the next free one) and socket folder in temp folders,
/// run as the <c>postgres</c> user when the tests run as root (PostgreSQL refuses root). One fresh database per
/// test. Stopped and deleted at dispose. Without the binaries the PostgreSQL tests skip, unless CI=true: then they
/// fail, so that a CI machine without PostgreSQL cannot pass by skipping.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";
    private const int FirstPort = 55433;
    private const string ServiceUser = "postgres";

    /// <summary>KINERJA_PG_BIN overrides where initdb and pg_ctl are (e.g. another PostgreSQL version).</summary>
    private static readonly string BinDirectory =
        Environment.GetEnvironmentVariable("KINERJA_PG_BIN") is { Length: > 0 } bin ? bin : DefaultBinDirectory;

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static int databaseCounter;

    private string? dataDirectory;
    private string? socketDirectory;
    private bool started;

    public int Port { get; private set; }

    /// <summary>Why PostgreSQL tests cannot run here, or null when the server is up.</summary>
    public string? Unavailable { get; private set; }

    private static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(BinDirectory))
        {
            Unavailable = $"PostgreSQL binaries not found in {BinDirectory}";
            return;
        }

        // Binaries present but the server does not start: an error, never a reason to skip.
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (started && dataDirectory is not null)
        {
            try
            {
                await RunAsync("pg_ctl", "-D", dataDirectory, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folders go anyway.
            }
        }

        foreach (var directory in new[] { dataDirectory, socketDirectory })
        {
            if (directory is not null && Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// A new, empty database on the server. Skips the calling test (it must be a SkippableFact/Theory) when the
    /// binaries are absent, or fails it when CI=true.
    /// </summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (Unavailable is not null)
        {
            if (IsCi)
                throw new InvalidOperationException(Unavailable + ": with CI=true the PostgreSQL tests fail instead of skipping.");
            Skip.If(true, Unavailable + ": PostgreSQL tests skipped.");
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"kinerja_test_{Interlocked.Increment(ref databaseCounter)}");
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true");

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private async Task StartAsync()
    {
        dataDirectory = Directory.CreateTempSubdirectory("kinerja-pg-data-").FullName;
        socketDirectory = Directory.CreateTempSubdirectory("kinerja-pg-socket-").FullName;
        File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (IsRoot)
            await RunProcessAsync("chown", [$"{ServiceUser}:{ServiceUser}", dataDirectory, socketDirectory]);

        await RunAsync("initdb", "-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");

        // Another test run (another worktree) may hold the first port: try the next ones.
        var errors = new List<string>();
        for (var port = FirstPort; port < FirstPort + 20; port++)
        {
            if (!IsPortFree(port))
                continue;
            try
            {
                await RunAsync(
                    "pg_ctl", "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60",
                    "-o", $"-p {port} -k {socketDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "start");
                Port = port;
                started = true;
                return;
            }
            catch (InvalidOperationException e)
            {
                errors.Add(e.Message);
            }
        }

        throw new InvalidOperationException("No port found for PostgreSQL: " + string.Join(" | ", errors));
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Runs a PostgreSQL program, as the postgres user when this process is root.</summary>
    private static Task RunAsync(string program, params string[] arguments)
    {
        var executable = Path.Combine(BinDirectory, program);
        return IsRoot
            ? RunProcessAsync("runuser", ["-u", ServiceUser, "--", executable, .. arguments])
            : RunProcessAsync(executable, arguments);
    }

    private static async Task RunProcessAsync(string fileName, IReadOnlyList<string> arguments)
    {
        // Output goes to a file, not a pipe: the server that pg_ctl leaves running must not hold our pipe open.
        var output = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/bin/sh")
            {
                UseShellExecute = false,
                RedirectStandardInput = false,
                WorkingDirectory = "/tmp",
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec \"$@\" >\"$OUT\" 2>&1 </dev/null");
            start.ArgumentList.Add("sh");
            start.ArgumentList.Add(fileName);
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            start.Environment["OUT"] = output;
            start.Environment["LC_ALL"] = "C.UTF-8";

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
            using var timeout = new CancellationTokenSource(CommandTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} timed out.");
            }

            if (process.ExitCode != 0)
            {
                var text = await File.ReadAllTextAsync(output);
                throw new InvalidOperationException(
                    $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {text.Trim()}");
            }
        }
        finally
        {
            File.Delete(output);
        }
    }
}
