using System.CommandLine;
using System.Globalization;
using Kinerja.Application.Features.Import;
using Kinerja.Application.Features.Setup;
using Kinerja.Documents.Interchange;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;

namespace Kinerja.Cli.Commands;

/// <summary>
/// <c>kinerja import FILE... [--db CONNECTION]</c> stores the agreements and prints a summary and the findings;
/// with <c>--json</c> it prints the agreements in the interchange format and touches no database.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliServices services)
    {
        var files = new Argument<string[]>("BERKAS") { Arity = ArgumentArity.OneOrMore, Description = CliMessages.FilesDescription };
        var db = new Option<string?>("--db") { Description = CliMessages.DbDescription, HelpName = "KONEKSI" };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonDescription };
        var command = new Command("import", CliMessages.ImportDescription) { files, db, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return parse.GetValue(json)
                ? Task.FromResult(PrintJson(services, paths, output, error))
                : StoreAsync(services, paths, parse.GetValue(db), output, error, cancellationToken);
        });
        return command;
    }

    private static int PrintJson(CliServices services, string[] paths, TextWriter output, TextWriter error)
    {
        var batch = new DocumentFiles(services.CreateImporter()).Read(paths);
        if (batch.Failed)
            return batch.ReportFailures(error);

        output.Write(InterchangeWriter.ToJson(batch.Documents.Select(d => d.Document)));
        output.Write('\n');
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Every file is read first (one bad file stops the command before anything is stored); then each file is
    /// stored in its own transaction, checked against the agreements already stored for its offices and years.
    /// </summary>
    private static async Task<int> StoreAsync(
        CliServices services, string[] paths, string? connection, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var batch = new DocumentFiles(services.CreateImporter()).Read(paths);
        if (batch.Failed)
            return batch.ReportFailures(error, storing: true);

        if (services.ResolveDatabase(connection, error) is not { } options)
            return ExitCodes.BadInput;

        var sources = new List<ImportSource>();
        foreach (var document in batch.Documents)
            sources.Add(new ImportSource(Path.GetFileName(document.Path), document.Text));

        ImportAgreementsResult result;
        await using (var db = KinerjaDbContextFactory.Create(options))
        {
            try
            {
                await new InitializeDatabase(db).ExecuteAsync(cancellationToken);
                result = await new ImportAgreements(db).ExecuteAsync(sources, cancellationToken);
            }
            catch (Exception e) when (IsDatabaseProblem(e))
            {
                error.WriteLine(Format(CliMessages.DatabaseFailed, Describe(options), e.Message));
                error.WriteLine(CliMessages.NothingStored);
                return ExitCodes.BadInput;
            }
        }

        foreach (var file in result.Files)
        {
            if (file.Failure is { } failure)
            {
                error.WriteLine(failure);
                foreach (var refused in file.Agreements.Where(a => a.Outcome == ImportOutcome.Refused))
                    error.WriteLine(Format(CliMessages.VerdictLine, file.SourceName, refused.Verdict.Message));
                continue;
            }

            output.WriteLine(Format(CliMessages.ImportSummary, file.SourceName, file.Agreements.Count, file.Created, file.Updated, file.Unchanged));
            foreach (var agreement in file.Agreements)
                output.WriteLine(Format(CliMessages.VerdictLine, ReimportRule.Describe(agreement.Agreement), agreement.Verdict.Message));
            FindingsPrinter.Print(output, file.Agreements.SelectMany(a => a.Findings));
        }

        output.WriteLine(Format(CliMessages.StoredIn, Describe(options)));
        return result.AnyFailed ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>The database in a message: the SQLite file, or the PostgreSQL host and database without the password.</summary>
    internal static string Describe(KinerjaDatabaseOptions options)
    {
        if (!options.IsPostgres)
            return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
    }

    internal static bool IsDatabaseProblem(Exception e) =>
        KinerjaDatabase.IsUnavailable(e) || e is InvalidOperationException or IOException or UnauthorizedAccessException;

    private static string Format(string format, params object[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, format, arguments);
}
