namespace Kinerja.Documents.Text;

/// <summary>
/// A line of the document with its 1-based number; <see cref="Cells"/> splits table rows at tabs.
/// <see cref="IsExplicitRow"/>: a table row whose boundaries are real (a row of a DOCX table), never the wrapped rest of
/// the row above it, as a line of text extracted from a PDF may be.
/// </summary>
internal sealed record SourceLine(int Number, string Text)
{
    /// <summary>Opens a line of the text form that is an explicit table row (see <see cref="Docx.DocxText"/>): ASCII record separator.</summary>
    public const char ExplicitRowMark = '\u001E';

    public bool IsExplicitRow { get; init; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public bool IsTableRow => Text.Contains('\t', StringComparison.Ordinal);

    public string Trimmed => Text.Trim();

    public string[] Cells => Text.Split('\t').Select(c => c.Trim()).ToArray();

    /// <summary>A line as it stands in the text form: the explicit row mark, if any, is taken off and remembered.</summary>
    public static SourceLine Parse(int number, string text) =>
        text.Length > 0 && text[0] == ExplicitRowMark
            ? new SourceLine(number, text[1..]) { IsExplicitRow = true }
            : new SourceLine(number, text);
}
