using System.Globalization;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;

namespace Kinerja.Cli;

/// <summary>Writes findings one a line: <c>[GALAT] NIP_PANJANG berkas.txt:12: pesan</c>.</summary>
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

    /// <summary>The core's label in capitals: GALAT, PERINGATAN, INFO.</summary>
    public static string Label(Severity severity) => Domain.Labels.Of(severity).ToUpper(IndonesianCulture.Instance);
}
