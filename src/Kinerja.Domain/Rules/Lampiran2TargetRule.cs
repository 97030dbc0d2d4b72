using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// A target Lampiran 2 explains must be the number Lampiran 1 promises. Rows are paired by indicator name
/// (tolerant of case, punctuation and spelling variants); only the numbers are compared, not the units.
/// </summary>
public sealed class Lampiran2TargetRule : IAgreementRule
{
    public IEnumerable<Finding> Check(Agreement agreement)
    {
        var indicators = agreement.Indicators
            .Where(i => i.Target.Value is not null)
            .Select(i => (Indicator: i, Name: NomenclatureName.Normalize(i.Text)))
            .Where(i => i.Name.Length > 0)
            .ToList();
        if (indicators.Count == 0)
            yield break;

        foreach (var explanation in agreement.Explanations)
        {
            foreach (var row in explanation.Targets)
            {
                var explained = TargetValue.Parse(row.Target);
                var name = NomenclatureName.Normalize(row.Indicator);
                if (explained.Value is null || name.Length == 0)
                    continue;

                var match = BestMatch(indicators, name);
                if (match is null || match.Target.Value == explained.Value)
                    continue;

                yield return new Finding(
                    Severity.Warning,
                    FindingCodes.TargetDiffersInLampiran2,
                    RuleText.Format(Messages.TargetDiffersInLampiran2, match.Text, explained.Text, match.Target.Text),
                    FindingLocation.Of(agreement, row.SourceLine ?? explanation.SourceLine));
            }
        }
    }

    private static Indicator? BestMatch(List<(Indicator Indicator, string Name)> indicators, string name)
    {
        Indicator? best = null;
        var bestScore = 0.0;
        foreach (var (indicator, candidate) in indicators)
        {
            var score = string.Equals(candidate, name, StringComparison.Ordinal) ? 1.0 : TextSimilarity.Ratio(candidate, name);
            if (score >= NomenclatureName.SimilarityThreshold && score > bestScore)
            {
                best = indicator;
                bestScore = score;
            }
        }

        return best;
    }
}
