using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kinerja.Documents.Docx;

/// <summary>
/// Turns the body of a Word document into the text form <see cref="Text.TextAgreementReader"/> reads, the same form
/// as the PDF-extracted seeds: each paragraph on its own line followed by a blank line (line breaks inside it kept),
/// each row of a bordered table on one line with its cells separated by a tab (a merged cell keeps its columns;
/// a cell of several paragraphs becomes <c>&lt;p&gt;</c> fragments), opened by <see cref="Text.SourceLine.ExplicitRowMark"/>:
/// a Word table row is a real row, never the wrapped rest of the row above it. A borderless layout table is read as the eye reads
/// it: a signature table column by column, a "Nama : ..." form row by row.
/// </summary>
public static class DocxText
{
    public static string Extract(Stream docx)
    {
        // The package was checked by PackageGuard; the part limit is a second bound, on characters.
        using var document = WordprocessingDocument.Open(docx, false, new OpenSettings { MaxCharactersInPart = DocumentLimits.EntryBytes });
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (body is null)
            return string.Empty;

        var borderedStyles = BorderedTableStyles(main!.StyleDefinitionsPart?.Styles);
        var builder = new StringBuilder();
        AppendBlocks(body, builder, borderedStyles);
        return builder.ToString();
    }

    private static void AppendBlocks(OpenXmlElement container, StringBuilder builder, HashSet<string> borderedStyles)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    builder.Append(ParagraphText(paragraph, lineBreak: "\n")).Append("\n\n");
                    break;
                case Table table when IsLayoutTable(table, borderedStyles):
                    AppendLayoutTable(table, builder);
                    break;
                case Table table:
                    AppendTable(table, builder);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is not null:
                    AppendBlocks(sdt.SdtContentBlock, builder, borderedStyles);
                    break;
            }
        }
    }

    private static void AppendTable(Table table, StringBuilder builder)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var continued = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells.Add(continued ? string.Empty : CellText(cell));
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                for (var i = 1; i < span; i++)
                    cells.Add(string.Empty);
            }

            // A row of a single column still reads as a table row.
            if (cells.Count == 1)
                cells.Add(string.Empty);
            builder.Append(Text.SourceLine.ExplicitRowMark).Append(string.Join('\t', cells)).Append('\n');
        }

        builder.Append('\n');
    }

    /// <summary>A form ("Nama | : | X") reads row by row; anything else (signature blocks) column by column.</summary>
    private static void AppendLayoutTable(Table table, StringBuilder builder)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        var isForm = rows.Any(r => r.Count > 1 && FormLabels.Contains(ParagraphsText(r[0]).Trim().TrimEnd(':').Trim()));
        if (isForm)
        {
            foreach (var row in rows)
            {
                var text = string.Join(' ', row.Select(c => string.Join(' ', ParagraphsText(c).Split('\n'))).Where(t => t.Trim().Length > 0));
                builder.Append(text.Trim()).Append("\n\n");
            }

            return;
        }

        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        for (var column = 0; column < columns; column++)
        {
            foreach (var row in rows.Where(r => column < r.Count))
            {
                foreach (var paragraph in row[column].Elements<Paragraph>())
                    builder.Append(ParagraphText(paragraph, lineBreak: "\n")).Append('\n');
                builder.Append('\n');
            }
        }
    }

    private static readonly HashSet<string> FormLabels = new(StringComparer.OrdinalIgnoreCase) { "Nama", "NIP", "Jabatan", "Pangkat", "Pangkat/Gol", "Unit Kerja" };

    private static string ParagraphsText(TableCell cell) =>
        string.Join('\n', cell.Descendants<Paragraph>().Select(p => ParagraphText(p, lineBreak: " ")));

    /// <summary>One paragraph: the text as is; several: one <c>&lt;p&gt;</c> fragment each, as in the seeds.</summary>
    private static string CellText(TableCell cell)
    {
        var paragraphs = cell.Descendants<Paragraph>()
            .Select(p => ParagraphText(p, lineBreak: " ").Trim())
            .Where(t => t.Length > 0)
            .ToList();
        if (paragraphs.Count <= 1)
            return paragraphs.Count == 0 ? string.Empty : paragraphs[0];
        return string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
    }

    private static string ParagraphText(Paragraph paragraph, string lineBreak)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append(lineBreak);
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        // A tab inside a paragraph is spacing, never a table cell.
        return builder.ToString().Replace('\t', ' ').Replace('\u00A0', ' ');
    }

    private static bool IsLayoutTable(Table table, HashSet<string> borderedStyles)
    {
        var properties = table.GetFirstChild<TableProperties>();
        var own = properties?.TableBorders;
        if (own is not null)
            return !HasVisibleBorder(own);
        var style = properties?.TableStyle?.Val?.Value;
        if (style is not null && borderedStyles.Contains(style))
            return false;
        return !table.Descendants<TableCellBorders>().Any(HasVisibleBorder);
    }

    private static HashSet<string> BorderedTableStyles(Styles? styles)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (styles is null)
            return result;
        foreach (var style in styles.Elements<Style>())
        {
            var borders = style.StyleTableProperties?.TableBorders;
            if (style.StyleId?.Value is { } id && borders is not null && HasVisibleBorder(borders))
                result.Add(id);
        }

        return result;
    }

    private static bool HasVisibleBorder(OpenXmlElement borders) =>
        borders.ChildElements.OfType<BorderType>().Any(b => b.Val is not null && b.Val.Value != BorderValues.None && b.Val.Value != BorderValues.Nil);
}
