using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kinerja.Documents.Export.Docx;

/// <summary>Small builders of WordprocessingML elements: paragraphs, cells, rows, tables and section breaks.</summary>
internal static class DocxElements
{
    /// <summary>A paragraph; each line after the first follows a line break.</summary>
    public static Paragraph Paragraph(
        string text, string? style = null, JustificationValues? align = null, bool bold = false, int indentLeft = 0, bool keepNext = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
            properties.Append(new ParagraphStyleId { Val = style });
        if (keepNext)
            properties.Append(new KeepNext());
        if (indentLeft > 0)
            properties.Append(new Indentation { Left = indentLeft.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (align is not null)
            properties.Append(new Justification { Val = align.Value });

        var paragraph = new Paragraph();
        if (properties.HasChildren)
            paragraph.Append(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (bold)
                run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
            if (i > 0)
                run.Append(new Break());
            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>"Nama : H. MARSUKI": a label, a tab to the colon, the value.</summary>
    public static Paragraph LabelledParagraph(string label, string value, int indentLeft, int tabAt) =>
        new(
            new ParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = tabAt }),
                new SpacingBetweenLines { After = "60" },
                new Indentation { Left = indentLeft.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new Run(new W.Text(label)),
            new Run(new TabChar()),
            new Run(new W.Text(": " + value) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>An empty paragraph that ends a section: what follows starts on a new page.</summary>
    public static Paragraph SectionBreak(string footerId) => new(new ParagraphProperties(Section(footerId)));

    /// <summary>A4 portrait with the margins of <see cref="DocxLayout"/>; every page with the footer of the given part.</summary>
    public static SectionProperties Section(string? footerId)
    {
        var section = new SectionProperties();
        if (footerId is not null)
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        section.Append(
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = DocxLayout.PageWidth, Height = DocxLayout.PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = DocxLayout.MarginTop,
                Bottom = DocxLayout.MarginBottom,
                Left = DocxLayout.MarginLeft,
                Right = DocxLayout.MarginRight,
                Header = 709,
                Footer = 709,
                Gutter = 0,
            });
        return section;
    }

    public static TableBorders Borders() =>
        new(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });

    /// <summary>A fixed-width table exactly as wide as the text, bordered or (for signatures) not.</summary>
    public static Table Table(int[] widths, bool bordered)
    {
        var properties = new TableProperties(
            new TableStyle { Val = bordered ? DocxStyles.Table : DocxStyles.LayoutTable },
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (bordered)
            properties.Append(Borders());
        properties.Append(
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" });
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return new Table(properties, grid);
    }

    /// <summary>A row that is never split over two pages; a header row is repeated on every page the table spans.</summary>
    public static TableRow Row(bool header, params TableCell[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
            properties.Append(new TableHeader());
        var row = new TableRow(properties);
        row.Append(cells);
        return row;
    }

    /// <summary>A cell of the given width (spanning <paramref name="span"/> grid columns), one paragraph per line of text.</summary>
    public static TableCell Cell(string text, int width, JustificationValues? align = null, bool bold = false, int span = 1, bool shaded = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
            properties.Append(new GridSpan { Val = span });
        if (shaded)
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
        var cell = new TableCell(properties);
        foreach (var line in text.Split('\n'))
            cell.Append(Paragraph(line, DocxStyles.TableText, align, bold));
        return cell;
    }

    /// <summary>A cell of a borderless layout table holding several paragraphs.</summary>
    public static TableCell LayoutCell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }
}
