using Kinerja.Domain.Measurement;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// What an editor enters for an indikator kinerja: its text, target (value and satuan), polarity, yearly
/// aggregation (null: the default for the unit, see <see cref="Indicator.DefaultAggregation"/>), its Lampiran 2
/// description and the capaian formula when lower is better.
/// </summary>
public sealed record IndicatorContent(
    string Text,
    TargetValue Target,
    Polarity Polarity = Polarity.HigherIsBetter,
    YearlyAggregation? Aggregation = null,
    string? Definition = null,
    string? Relevance = null,
    string? Formula = null,
    string? DataSource = null,
    string? TargetExplanation = null,
    LowerIsBetterFormula LowerIsBetterFormula = LowerIsBetterFormula.Difference);
