using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Text;

/// <summary>
/// Fills each indicator's definition, relevance, formula, data source and target explanation from Lampiran 2,
/// matching the Lampiran 2 rows to the Lampiran 1 indicators by their wording.
/// </summary>
internal static class ExplanationMatcher
{
    private const double Threshold = 0.8;

    public static void Attach(Agreement agreement)
    {
        // Keys are made once per indicator, not once per comparison.
        var indicators = agreement.Indicators.Select(i => (Indicator: i, Key: TextNormalizer.Key(i.Text))).ToList();
        foreach (var row in agreement.Explanations.SelectMany(e => e.Indicators))
        {
            if (Best(indicators, row.Indicator) is { } indicator)
                agreement.DescribeIndicator(indicator.Id, NullIfEmpty(row.Definition), NullIfEmpty(row.Relevance), NullIfEmpty(row.Formula), NullIfEmpty(row.DataSource), null);
        }

        foreach (var row in agreement.Explanations.SelectMany(e => e.Targets))
        {
            if (Best(indicators, row.Indicator) is { } indicator)
                agreement.DescribeIndicator(indicator.Id, null, null, null, null, NullIfEmpty(row.Explanation));
        }
    }

    /// <summary>The most similar indicator at or above the threshold; the first of equals. An identical key scores 1 and wins at once.</summary>
    private static Indicator? Best(List<(Indicator Indicator, string Key)> indicators, string text)
    {
        if (text.Length == 0)
            return null;
        var key = TextNormalizer.Key(text);
        Indicator? best = null;
        var bestScore = double.MinValue;
        foreach (var (indicator, candidate) in indicators)
        {
            if (string.Equals(candidate, key, StringComparison.Ordinal))
                return indicator;
            var score = TextNormalizer.KeySimilarity(candidate, key, Threshold);
            if (score >= Threshold && score > bestScore)
            {
                best = indicator;
                bestScore = score;
            }
        }

        return best;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
