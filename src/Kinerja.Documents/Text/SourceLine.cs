namespace Kinerja.Documents.Text;

/// <summary>A line of the document with its 1-based number; <see cref="Cells"/> splits table rows at tabs.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool IsTableRow => Text.Contains('\t', StringComparison.Ordinal);

    public string Trimmed => Text.Trim();

    public string[] Cells => Text.Split('\t').Select(c => c.Trim()).ToArray();
}
