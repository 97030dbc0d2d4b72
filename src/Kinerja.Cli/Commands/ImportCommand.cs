using System.CommandLine;
using Kinerja.Documents.Interchange;

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
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return parse.GetValue(json)
                ? PrintJson(services, paths, output, error)
                : Store(services, paths, parse.GetValue(db), output, error);
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

    private static int Store(CliServices services, string[] paths, string? connection, TextWriter output, TextWriter error) =>
        throw new NotImplementedException("Waits for the persistence use case.");
}
