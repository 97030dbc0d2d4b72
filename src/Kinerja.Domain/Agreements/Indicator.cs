namespace Kinerja.Domain.Agreements;

/// <summary>An indikator kinerja of a sasaran, with its target and its Lampiran 2 description.</summary>
public sealed class Indicator
{
    private Indicator()
    {
    }

    public Indicator(string text, TargetValue target, int? sourceLine = null)
    {
        Text = text.Trim();
        Target = target;
        SourceLine = sourceLine;
        Aggregation = DefaultAggregation(target.Unit);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Text { get; private set; } = string.Empty;

    public TargetValue Target { get; private set; } = new(null, string.Empty, string.Empty);

    /// <summary>The satuan: the unit the target is measured in.</summary>
    public string Unit => Target.Unit;

    public Polarity Polarity { get; set; } = Polarity.HigherIsBetter;

    public YearlyAggregation Aggregation { get; set; }

    public string? Definition { get; set; }

    public string? Relevance { get; set; }

    public string? Formula { get; set; }

    public string? DataSource { get; set; }

    /// <summary>Lampiran 2's explanation of the target (e.g. whether it matches the Renstra).</summary>
    public string? TargetExplanation { get; set; }

    public int? SourceLine { get; private set; }

    /// <summary>A new indicator from what an editor entered.</summary>
    public static Indicator From(IndicatorContent content)
    {
        var indicator = new Indicator(content.Text, content.Target);
        indicator.Change(content);
        return indicator;
    }

    /// <summary>What this indicator holds, as an editor sees it.</summary>
    public IndicatorContent Content => new(Text, Target, Polarity, Aggregation, Definition, Relevance, Formula, DataSource, TargetExplanation);

    internal void Change(IndicatorContent content)
    {
        Text = content.Text.Trim();
        Target = content.Target;
        Polarity = content.Polarity;
        Aggregation = content.Aggregation ?? DefaultAggregation(content.Target.Unit);
        Definition = NullIfBlank(content.Definition);
        Relevance = NullIfBlank(content.Relevance);
        Formula = NullIfBlank(content.Formula);
        DataSource = NullIfBlank(content.DataSource);
        TargetExplanation = NullIfBlank(content.TargetExplanation);
    }

    /// <summary>Counts add up over the year; percentages and indices take the last quarter (DOMAIN.md §4).</summary>
    public static YearlyAggregation DefaultAggregation(string unit) =>
        Units.FamilyOf(unit) switch
        {
            Units.Family.Percent or Units.Family.Score or Units.Family.Unknown => YearlyAggregation.LastQuarter,
            _ => YearlyAggregation.Sum,
        };

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
