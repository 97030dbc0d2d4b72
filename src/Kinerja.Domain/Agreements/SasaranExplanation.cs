namespace Kinerja.Domain.Agreements;

/// <summary>Lampiran 2 for one sasaran: its description, the indicators' definitions and the targets' explanation.</summary>
/// <remarks>
/// Its text is built by the readers, row by row; once in an agreement it changes through the agreement's editing
/// methods (<see cref="Agreement.SetExplanation"/>, <see cref="Agreement.LinkExplanation"/>).
/// </remarks>
public sealed class SasaranExplanation
{
    private Guid? sasaranId;

    /// <summary>The sasaran of the agreement this explanation belongs to; null until linked (<see cref="Agreement.LinkExplanations"/>).</summary>
    public Guid? SasaranId { get => sasaranId; init => sasaranId = value; }
    public string Heading { get; set; } = string.Empty;

    public string Sasaran { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<IndicatorExplanation> Indicators { get; set; } = [];

    public List<TargetExplanation> Targets { get; set; } = [];

    public int? SourceLine { get; set; }

    /// <summary>An empty explanation of a sasaran, linked to it.</summary>
    internal static SasaranExplanation For(Sasaran sasaran) => new() { SasaranId = sasaran.Id, Sasaran = sasaran.Text };

    internal void LinkTo(Guid? sasaran) => sasaranId = sasaran;

    internal void Rename(string sasaran) => Sasaran = sasaran;

    internal void Describe(string sasaran, string description)
    {
        Sasaran = sasaran;
        Description = description;
    }

    internal void ClearDescription()
    {
        Description = string.Empty;
        Indicators.Clear();
        Targets.Clear();
    }
}

/// <summary>A row of the Lampiran 2 indicator table.</summary>
public sealed class IndicatorExplanation
{
    public string Indicator { get; set; } = string.Empty;

    public string Definition { get; set; } = string.Empty;

    public string Relevance { get; set; } = string.Empty;

    public string Formula { get; set; } = string.Empty;

    public string DataSource { get; set; } = string.Empty;
}

/// <summary>A row of the Lampiran 2 target table.</summary>
public sealed class TargetExplanation
{
    public string Indicator { get; set; } = string.Empty;

    public string Target { get; set; } = string.Empty;

    public string Explanation { get; set; } = string.Empty;

    public int? SourceLine { get; set; }
}
