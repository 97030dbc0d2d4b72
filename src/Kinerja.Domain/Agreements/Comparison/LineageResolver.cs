using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>
/// Resolves, once, which indicators and budget lines of a version continue those of the version it supersedes, when
/// the two were not made one from the other (two documents read separately, a workbook read against the stored
/// agreement): indicators are paired by sasaran and indicator text, normalised (<see cref="NomenclatureName.Key"/>:
/// case, spacing, punctuation, spelling variants), else by a close match of each (<see cref="NomenclatureName.Similarity"/>
/// of the sasaran and of the indicator both at least <see cref="NomenclatureName.SimilarityThreshold"/>) when the text
/// was lightly edited. Budget lines are paired by nomenclature code when both versions have one, else by level and
/// normalised name, else by level and a close match of the name. A pair already sharing a lineage id is kept; a paired
/// item of the later version takes the lineage id of the earlier one. <see cref="AgreementDiff"/> then pairs by lineage.
/// </summary>
public static class LineageResolver
{
    /// <summary>Gives the indicators and budget lines of <paramref name="current"/> the lineage of those of <paramref name="previous"/> they continue.</summary>
    public static void Continue(Agreement previous, Agreement current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        foreach (var (before, after) in PairIndicators(previous, current))
        {
            if (before is not null && after is not null)
                after.Indicator.Continue(before.Indicator);
        }

        foreach (var (before, after) in PairBudgetLines(previous, current))
        {
            if (before is not null && after is not null)
                after.Continue(before);
        }
    }

    private static List<(PlacedIndicator? Previous, PlacedIndicator? Current)> PairIndicators(Agreement previous, Agreement current) =>
        PairMatcher.Match(
            PlacedIndicator.All(previous),
            PlacedIndicator.All(current),
            [
                (a, b) => a.Indicator.LineageId == b.Indicator.LineageId,
                (a, b) => string.Equals(a.Key, b.Key, StringComparison.Ordinal),
            ],
            PlacedIndicator.Similarity,
            NomenclatureName.SimilarityThreshold);

    private static List<(BudgetLine? Previous, BudgetLine? Current)> PairBudgetLines(Agreement previous, Agreement current)
    {
        static bool BothCoded(BudgetLine a, BudgetLine b) => a.Code is not null && b.Code is not null;

        return PairMatcher.Match(
            previous.BudgetLines,
            current.BudgetLines,
            [
                (a, b) => a.LineageId == b.LineageId,
                (a, b) => BothCoded(a, b) && string.Equals(a.Code, b.Code, StringComparison.OrdinalIgnoreCase),
                (a, b) => !BothCoded(a, b) && a.Level == b.Level && string.Equals(NomenclatureName.Key(a.Name), NomenclatureName.Key(b.Name), StringComparison.Ordinal),
            ],
            (a, b) => BothCoded(a, b) || a.Level != b.Level ? 0.0 : NomenclatureName.Similarity(a.Name, b.Name),
            NomenclatureName.SimilarityThreshold);
    }
}
