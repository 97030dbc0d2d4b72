using System.CommandLine;
using System.Globalization;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Kinerja.Persistence.Backup;

namespace Kinerja.Cli.Commands;

/// <summary>
/// <c>kinerja backup -o FILE [--db CONNECTION]</c> and <c>kinerja restore FILE [--db CONNECTION] [--overwrite]</c>:
/// a consistent backup of the running database (signed scans included) and its restore
/// (<see cref="DatabaseBackup"/>). Exit 2 when nothing could be done; the target is then unchanged.
/// </summary>
internal static class BackupCommand
{
    public static Command CreateBackup(CliServices services)
    {
        var output = new Option<string>("--output", "-o") { Description = CliMessages.BackupOutputDescription, Required = true, HelpName = "BERKAS" };
        var db = new Option<string?>("--db") { Description = CliMessages.DbDescription, HelpName = "KONEKSI" };
        var command = new Command("backup", CliMessages.BackupDescription) { output, db };
        command.SetAction((parse, cancellationToken) => RunAsync(
            services,
            parse.GetValue(db),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            async options =>
            {
                var summary = await DatabaseBackup.BackupAsync(options, parse.GetValue(output)!, cancellationToken);
                return Format(CliMessages.BackupWritten, ImportCommand.Describe(options), summary.File, Size(summary.Bytes), summary.Agreements, summary.Scans);
            }));
        return command;
    }

    public static Command CreateRestore(CliServices services)
    {
        var file = new Argument<string>("BERKAS") { Description = CliMessages.RestoreFileDescription };
        var overwrite = new Option<bool>("--overwrite") { Description = CliMessages.RestoreOverwriteDescription };
        var db = new Option<string?>("--db") { Description = CliMessages.DbDescription, HelpName = "KONEKSI" };
        var command = new Command("restore", CliMessages.RestoreDescription) { file, overwrite, db };
        command.SetAction((parse, cancellationToken) => RunAsync(
            services,
            parse.GetValue(db),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            async options =>
            {
                var summary = await DatabaseBackup.RestoreAsync(options, parse.GetValue(file)!, parse.GetValue(overwrite), cancellationToken);
                return Format(CliMessages.RestoreDone, summary.File, ImportCommand.Describe(options), summary.Agreements, summary.Scans);
            }));
        return command;
    }

    private static async Task<int> RunAsync(
        CliServices services, string? connection, TextWriter output, TextWriter error, Func<KinerjaDatabaseOptions, Task<string>> work)
    {
        if (services.ResolveDatabase(connection, error) is not { } options)
            return ExitCodes.BadInput;

        try
        {
            output.WriteLine(await work(options));
            return ExitCodes.Ok;
        }
        catch (BackupException e)
        {
            error.WriteLine("kinerja: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (KinerjaDatabase.IsUnavailable(e) || e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Format(CliMessages.DatabaseFailed, ImportCommand.Describe(options), e.Message));
            return ExitCodes.BadInput;
        }
    }

    private static string Size(long bytes) => EvidenceDocument.FormatSize(bytes);

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
