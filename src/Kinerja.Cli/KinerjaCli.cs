using System.CommandLine;
using System.Globalization;
using Kinerja.Cli.Commands;

namespace Kinerja.Cli;

/// <summary>The <c>kinerja</c> command line: parses the arguments and runs one command, writing to the given writers.</summary>
public static class KinerjaCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error, CliServices? services = null)
    {
        services ??= new CliServices();
        var root = new RootCommand(CliMessages.RootDescription)
        {
            ImportCommand.Create(services),
            CheckCommand.Create(services),
            CapaianCommand.Create(services),
            AdminCommand.Create(services),
            ExportCommand.Create(services),
            BackupCommand.CreateBackup(services),
            BackupCommand.CreateRestore(services),
        };

        if (args.Length == 0)
        {
            error.WriteLine(CliMessages.NoCommand);
            error.WriteLine(CliMessages.SeeHelp);
            return ExitCodes.BadInput;
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
                error.WriteLine(string.Format(CultureInfo.InvariantCulture, CliMessages.CommandLineInvalid, problem.Message));
            error.WriteLine(CliMessages.SeeHelp);
            return ExitCodes.BadInput;
        }

        // Unexpected exceptions are bugs: let them end the process rather than turn them into exit code 1.
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
