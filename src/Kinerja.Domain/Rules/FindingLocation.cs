using System.Globalization;
using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Rules;

/// <summary>Where a finding is: <c>file.txt:1567</c> when the line is known, else the file, else the agreement's key.</summary>
public static class FindingLocation
{
    public static string Of(Agreement agreement, int? line = null)
    {
        var source = string.IsNullOrWhiteSpace(agreement.SourceName) ? agreement.Key : agreement.SourceName;
        return line is null ? source : string.Create(CultureInfo.InvariantCulture, $"{source}:{line.Value}");
    }
}
