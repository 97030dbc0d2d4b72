using System.CommandLine;
using System.Globalization;
using Kinerja.Domain.Findings;

namespace Kinerja.Cli.Commands;

/// <summary><c>kinerja check FILE...</c>: prints the findings; exit 1 when one has Error severity.</summary>
internal static class CheckCommand
{
    public static Command Create(CliServices services)
    {
        var files = new Argument<string[]>("BERKAS") { Arity = ArgumentArity.OneOrMore, Description = CliMessages.FilesDescription };
        var command = new Command("check", CliMessages.CheckDescription) { files };
        command.SetAction(parse => Run(
            services,
            parse.GetValue(files) ?? [],
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(CliServices services, string[] paths, TextWriter output, TextWriter error)
    {
        var batch = new DocumentFiles(services.CreateImporter()).Read(paths);
        if (batch.Failed)
            return batch.ReportFailures(error);

        var anyError = false;
        foreach (var (path, _, document) in batch.Documents)
        {
            var findings = document.AllFindings.ToList();
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                CliMessages.CheckSummary,
                path,
                document.Agreements.Count,
                findings.Count,
                findings.Count(f => f.Severity == Severity.Error),
                findings.Count(f => f.Severity == Severity.Warning),
                findings.Count(f => f.Severity == Severity.Info)));
            FindingsPrinter.Print(output, findings);
            anyError |= findings.Any(f => f.Severity == Severity.Error);
        }

        return anyError ? ExitCodes.ErrorFindings : ExitCodes.Ok;
    }
}
