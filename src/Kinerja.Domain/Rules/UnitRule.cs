using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Rules;

/// <summary>
/// A target's unit must fit its indicator: "Jumlah Paket ..." is counted in a unit of the Paket family (Paket,
/// Unit), not in Orang; "Persentase ..." is measured in %. Units of one family (Laporan and Dokumen) are
/// interchangeable; an indicator word the unit list does not know (Kendaraan, Mebel) is not checked, and neither
/// is a target without a unit.
/// </summary>
public sealed class UnitRule : IAgreementRule
{
    private static readonly string[] PercentWords = ["PERSENTASE", "PRESENTASE", "PROSENTASE"];

    public IEnumerable<Finding> Check(Agreement agreement)
    {
        foreach (var indicator in agreement.Indicators)
        {
            var unit = indicator.Target.Unit;
            if (unit.Length == 0)
                continue;

            var measuredIn = ExpectedUnit(indicator.Text);
            if (measuredIn is null)
                continue;

            var expected = Units.FamilyOf(measuredIn);
            var actual = Units.FamilyOf(unit);
            if (actual == Units.Family.Unknown && expected != Units.Family.Percent)
                continue;
            if (actual == expected)
                continue;

            yield return new Finding(
                Severity.Warning,
                FindingCodes.UnitContradictsIndicator,
                RuleText.Format(Messages.UnitContradictsIndicator, unit, indicator.Text, measuredIn),
                FindingLocation.Of(agreement, indicator.SourceLine));
        }
    }

    /// <summary>The unit an indicator's wording implies: "%" for "Persentase ...", "Paket" for "Jumlah Paket ...", else null.</summary>
    public static string? ExpectedUnit(string indicatorText)
    {
        var words = indicatorText.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
            return null;

        var first = words[0].ToUpperInvariant();
        if (PercentWords.Contains(first, StringComparer.Ordinal))
            return "%";
        if (!string.Equals(first, "JUMLAH", StringComparison.Ordinal))
            return null;

        if (words.Length >= 3)
        {
            var twoWords = Clean(words[1]) + " " + Clean(words[2]);
            if (Units.IsUnitWord(twoWords))
                return Units.Canonical(twoWords);
        }

        var word = Clean(words[1]);
        return Units.IsUnitWord(word) ? Units.Canonical(word) : null;
    }

    private static string Clean(string word) => word.Trim(',', '.', ';', ':', '(', ')');
}
