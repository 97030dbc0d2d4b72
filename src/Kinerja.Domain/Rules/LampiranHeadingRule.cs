using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Rules;

/// <summary>
/// A Lampiran heading must name the agreement's own official (Pihak Pertama), not another one (e.g. the Camat's
/// Lampiran 2 headed "SEKRETARIS CAMAT"). Titles are compared as sets of words without the words that do not tell
/// officials apart (KEPALA, DAN, DI, KECAMATAN, KANTOR, the office's and region's own name), allowing small
/// spelling differences per word (KETENTRAMAN/KETENTERAMAN).
/// </summary>
public sealed class LampiranHeadingRule : IAgreementRule
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "KEPALA", "DAN", "DI", "KECAMATAN", "KANTOR", "KABUPATEN", "KOTA",

        // Words of the heading itself, should a reader leave them in the named position.
        "LAMPIRAN", "LAMPORAN", "PENJELASAN", "PERJANJIAN", "KINERJA", "TAHUN", "I", "II", "III",
    };

    public IEnumerable<Finding> Check(Agreement agreement)
    {
        var officeWords = new HashSet<string>(
            PositionTitle.Words(agreement.Office).Concat(PositionTitle.Words(agreement.Region)),
            StringComparer.Ordinal);
        var own = SignificantWords(agreement.FirstParty.Position, officeWords);
        if (own.Count == 0)
            yield break;

        foreach (var heading in agreement.LampiranHeadings)
        {
            var named = SignificantWords(heading.NamedPosition, officeWords);
            if (named.Count == 0 || SameWords(named, own))
                continue;

            yield return new Finding(
                Severity.Warning,
                FindingCodes.LampiranNamesOtherOfficial,
                RuleText.Format(Messages.LampiranNamesOtherOfficial, heading.Lampiran.Trim(), heading.NamedPosition.Trim(), agreement.FirstParty.Position),
                FindingLocation.Of(agreement, heading.SourceLine));
        }
    }

    /// <summary>True when the two titles name the same official (see the class summary).</summary>
    public static bool NamesSameOfficial(string position, string otherPosition, IEnumerable<string>? officeNameWords = null)
    {
        var office = new HashSet<string>(officeNameWords?.SelectMany(PositionTitle.Words) ?? [], StringComparer.Ordinal);
        return SameWords(SignificantWords(position, office), SignificantWords(otherPosition, office));
    }

    private static List<string> SignificantWords(string? position, HashSet<string> officeWords) =>
        PositionTitle.Words(position)
            .Where(w => !StopWords.Contains(w) && !officeWords.Contains(w) && !w.All(char.IsDigit))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static bool SameWords(List<string> a, List<string> b) =>
        a.All(x => b.Any(y => Alike(x, y))) && b.All(y => a.Any(x => Alike(x, y)));

    private static bool Alike(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;

        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= 6 ? 2 : shorter >= 4 ? 1 : 0;
        return allowed > 0 && TextSimilarity.Distance(a, b) <= allowed;
    }
}
