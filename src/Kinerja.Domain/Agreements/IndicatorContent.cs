namespace Kinerja.Domain.Agreements;

/// <summary>
/// What an editor enters for an indikator kinerja: its text, target (value and satuan), polarity, yearly
/// aggregation (null: the default for the unit, see <see cref="Indicator.DefaultAggregation"/>) and its Lampiran 2
/// description.
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
    string? TargetExplanation = null);
