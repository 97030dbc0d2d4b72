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
        var indicators = agreement.Indicators.ToList();
        foreach (var row in agreement.Explanations.SelectMany(e => e.Indicators))
        {
            var indicator = Best(indicators, row.Indicator);
            if (indicator is null)
                continue;
            indicator.Definition ??= NullIfEmpty(row.Definition);
            indicator.Relevance ??= NullIfEmpty(row.Relevance);
            indicator.Formula ??= NullIfEmpty(row.Formula);
            indicator.DataSource ??= NullIfEmpty(row.DataSource);
        }

        foreach (var row in agreement.Explanations.SelectMany(e => e.Targets))
        {
            var indicator = Best(indicators, row.Indicator);
            if (indicator is not null)
                indicator.TargetExplanation ??= NullIfEmpty(row.Explanation);
        }
    }

    private static Indicator? Best(List<Indicator> indicators, string text) =>
        text.Length == 0
            ? null
            : indicators
                .Select(i => (Indicator: i, Score: TextNormalizer.Similarity(i.Text, text)))
                .Where(x => x.Score >= Threshold)
                .OrderByDescending(x => x.Score)
                .Select(x => x.Indicator)
                .FirstOrDefault();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
