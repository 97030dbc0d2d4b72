namespace Kinerja.Documents.Text;

/// <summary>A row of a Lampiran 1 target table, wrapped lines already joined.</summary>
internal sealed class RawTargetRow
{
    public string Number { get; set; } = string.Empty;

    public string Sasaran { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    public string Target { get; set; } = string.Empty;

    public int Line { get; init; }

    public required TableHeader Header { get; init; }

    /// <summary>A section row above it ("SASARAN", "Program", "Kegiatan").</summary>
    public string? Section { get; init; }
}

/// <summary>A row of a Lampiran 1 budget table, wrapped lines already joined.</summary>
internal sealed class RawBudgetRow
{
    public string Number { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Amount { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public int Line { get; init; }

    public required TableHeader Header { get; init; }

    /// <summary>The section row above it ("Program", "Kegiatan", "Sub Kegiatan"), if any.</summary>
    public string? Section { get; init; }
}
