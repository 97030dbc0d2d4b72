using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// An indicator is promised once: the same indicator text (ignoring case, spacing and punctuation) twice in one
/// agreement, under one sasaran or under two, is a warning, reported once at its second occurrence.
/// </summary>
public sealed class DuplicateIndicatorRule : IAgreementRule
{
    public IEnumerable<Finding> Check(Agreement agreement)
    {
        var occurrences = agreement.Sasarans
            .SelectMany(s => s.Indicators.Select(i => (Sasaran: s, Indicator: i)))
            .Where(o => !CompletenessRule.IsEmpty(o.Indicator.Text))
            .GroupBy(o => NomenclatureName.Normalize(o.Indicator.Text), StringComparer.Ordinal);
        foreach (var group in occurrences)
        {
            var all = group.ToList();
            if (all.Count < 2)
                continue;

            var second = all[1];
            yield return new Finding(
                Severity.Warning,
                FindingCodes.DuplicateIndicator,
                RuleText.Format(Messages.DuplicateIndicator, all[0].Indicator.Text, all.Count),
                FindingLocation.Of(agreement, second.Indicator.SourceLine ?? second.Sasaran.SourceLine));
        }
    }
}
