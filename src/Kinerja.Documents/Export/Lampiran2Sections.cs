using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Export;

/// <summary>
/// The sections of Lampiran 2 as every export prints them: the agreement's own explanations when it has them (one
/// written in the editor takes its tables from its sasaran's live indicators), otherwise one section per sasaran
/// with indicators, built from the indicators' own definitions.
/// </summary>
public static class Lampiran2Sections
{
    public static IReadOnlyList<SasaranExplanation> Of(Agreement agreement) =>
        agreement.Explanations.Count > 0
            ? [.. agreement.Explanations.Select(e => agreement.IndicatorTablesFrom(e) is { } sasaran ? WithTables(e, sasaran) : e)]
            : [.. agreement.Sasarans.Where(s => s.Indicators.Count > 0).Select(FromIndicators)];

    /// <summary>An explanation written in the editor, with the tables of its sasaran's indicators.</summary>
    private static SasaranExplanation WithTables(SasaranExplanation explanation, Sasaran sasaran)
    {
        var tables = FromIndicators(sasaran);
        tables.Heading = explanation.Heading;
        tables.Sasaran = explanation.Sasaran;
        tables.Description = explanation.Description;
        return tables;
    }

    private static SasaranExplanation FromIndicators(Sasaran s) =>
        new()
        {
            Sasaran = s.Text,
            Indicators = [.. s.Indicators.Select(i => new IndicatorExplanation
            {
                Indicator = i.Text,
                Definition = i.Definition ?? string.Empty,
                Relevance = i.Relevance ?? string.Empty,
                Formula = i.Formula ?? string.Empty,
                DataSource = i.DataSource ?? string.Empty,
            })],
            Targets = [.. s.Indicators.Select(i => new TargetExplanation
            {
                Indicator = i.Text,
                Target = i.Target.ToString(),
                Explanation = i.TargetExplanation ?? string.Empty,
            })],
        };
}
