namespace Kinerja.Domain.Agreements;

/// <summary>Lampiran 2 for one sasaran: its description, the indicators' definitions and the targets' explanation.</summary>
public sealed class SasaranExplanation
{
    public string Heading { get; set; } = string.Empty;

    public string Sasaran { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<IndicatorExplanation> Indicators { get; set; } = [];

    public List<TargetExplanation> Targets { get; set; } = [];

    public int? SourceLine { get; set; }
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
