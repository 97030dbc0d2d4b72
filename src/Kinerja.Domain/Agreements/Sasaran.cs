namespace Kinerja.Domain.Agreements;

/// <summary>A sasaran (objective) with its indicators; may support a sasaran of the superior's agreement.</summary>
public sealed class Sasaran
{
    private readonly List<Indicator> indicators = [];

    /// <summary>Whether the sasaran belongs to an agreement: then indicators are added through the agreement, which checks it may change.</summary>
    private bool attached;

    /// <summary>For EF Core: a sasaran loaded from the database belongs to its agreement.</summary>
    private Sasaran()
    {
        attached = true;
    }

    public Sasaran(string number, SasaranLevel level, string text, int? sourceLine = null)
    {
        Number = number.Trim();
        Level = level;
        Text = text.Trim();
        SourceLine = sourceLine;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>The number as printed ("I.", "1.1.", "A.").</summary>
    public string Number { get; private set; } = string.Empty;

    public SasaranLevel Level { get; private set; }

    /// <summary>The sasaran; empty when the document gave none (e.g. "-").</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The sasaran of the superior's agreement that this one supports (the cascade).</summary>
    public Guid? SupportsSasaranId { get; private set; }

    public int? SourceLine { get; private set; }

    public IReadOnlyList<Indicator> Indicators => indicators;

    /// <summary>Adds an indicator while a reader builds the sasaran, before it is added to its agreement.</summary>
    public void AddIndicator(Indicator indicator)
    {
        if (attached)
            throw new InvalidOperationException("The sasaran belongs to an agreement: add the indicator through the agreement.");
        indicators.Add(indicator);
    }

    /// <summary>The sasaran is now one of an agreement's.</summary>
    internal void Attach() => attached = true;

    internal void Append(Indicator indicator) => indicators.Add(indicator);

    internal void Change(SasaranLevel level, string text, Guid? supportsSasaranId)
    {
        Level = level;
        Text = text.Trim();
        SupportsSasaranId = supportsSasaranId;
    }

    internal void Renumber(string number) => Number = number;

    internal bool RemoveIndicator(Indicator indicator) => indicators.Remove(indicator);

    internal void MoveIndicator(Indicator indicator, int index)
    {
        indicators.Remove(indicator);
        indicators.Insert(index, indicator);
    }
}
