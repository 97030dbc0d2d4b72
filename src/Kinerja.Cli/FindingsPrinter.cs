using System.Globalization;
using Kinerja.Domain.Findings;

namespace Kinerja.Cli;

/// <summary>Writes findings one a line: <c>[ERROR] NIP_PANJANG berkas.txt:12: pesan</c>.</summary>
internal static class FindingsPrinter
{
    public static void Print(TextWriter output, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                CliMessages.FindingLine,
                Label(finding.Severity),
                finding.Code,
                finding.Location,
                finding.Message));
        }
    }

    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => CliMessages.SeverityError,
        Severity.Warning => CliMessages.SeverityWarning,
        _ => CliMessages.SeverityInfo,
    };
}
