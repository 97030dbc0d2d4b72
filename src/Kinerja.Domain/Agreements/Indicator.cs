using Kinerja.Domain.Measurement;

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

    /// <summary>
    /// The indicator's identity across versions of the agreement: set when the indicator is created (read, imported,
    /// entered), copied by an amendment (<see cref="Agreement.Amend"/>) and adopted when an amendment read from a
    /// document is linked to its original (<see cref="Agreement.Supersede"/>), so that what was recorded on the original
    /// joins the amended indicator.
    /// </summary>
    public Guid LineageId { get; private set; } = Guid.CreateVersion7();

    public string Text { get; private set; } = string.Empty;

    public TargetValue Target { get; private set; } = new(null, string.Empty, string.Empty);

    /// <summary>The satuan: the unit the target is measured in.</summary>
    public string Unit => Target.Unit;

    public Polarity Polarity { get; private set; } = Polarity.HigherIsBetter;

    /// <summary>How capaian is computed when <see cref="Polarity"/> is <see cref="Polarity.LowerIsBetter"/>.</summary>
    public LowerIsBetterFormula LowerIsBetterFormula { get; private set; } = LowerIsBetterFormula.Difference;

    public YearlyAggregation Aggregation { get; private set; }

    public string? Definition { get; private set; }

    public string? Relevance { get; private set; }

    public string? Formula { get; private set; }

    public string? DataSource { get; private set; }

    /// <summary>Lampiran 2's explanation of the target (e.g. whether it matches the Renstra).</summary>
    public string? TargetExplanation { get; private set; }

    public int? SourceLine { get; private set; }

    /// <summary>A new indicator from what an editor entered.</summary>
    public static Indicator From(IndicatorContent content)
    {
        var indicator = new Indicator(content.Text, content.Target);
        indicator.Change(content);
        return indicator;
    }

    /// <summary>
    /// An indicator read from a document or a file, with what the reader found (the reader's builder). A
    /// <paramref name="lineageId"/> given continues an indicator of another version (the interchange format carries it).
    /// </summary>
    public static Indicator Read(IndicatorContent content, int? sourceLine = null, Guid? lineageId = null)
    {
        var indicator = new Indicator(content.Text, content.Target, sourceLine);
        indicator.Change(content);
        if (lineageId is { } lineage && lineage != Guid.Empty)
            indicator.LineageId = lineage;
        return indicator;
    }

    /// <summary>What this indicator holds, as an editor sees it.</summary>
    public IndicatorContent Content => new(Text, Target, Polarity, Aggregation, Definition, Relevance, Formula, DataSource, TargetExplanation, LowerIsBetterFormula);

    /// <summary>The same indicator in a new version of the agreement: its content and its lineage, a new id.</summary>
    internal Indicator Continued()
    {
        var copy = From(Content);
        copy.LineageId = LineageId;
        return copy;
    }

    /// <summary>Takes the lineage of the indicator this one continues (<see cref="Agreement.Supersede"/>).</summary>
    internal void Continue(Indicator previous) => LineageId = previous.LineageId;

    internal void Change(IndicatorContent content)
    {
        Text = content.Text.Trim();
        Target = content.Target;
        Polarity = content.Polarity;
        LowerIsBetterFormula = content.LowerIsBetterFormula;
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
