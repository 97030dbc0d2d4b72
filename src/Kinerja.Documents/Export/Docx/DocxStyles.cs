using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// The styles part of an exported PK: Normal in Times New Roman 12 pt (Indonesian language), Title, Heading 1 and 2,
/// the letterhead (kop), a compact paragraph style for table cells and the footer, and a bordered table style.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";
    public const string Letterhead = "Letterhead";
    public const string Footer = "Footer";
    public const string Table = "KinerjaTable";
    public const string LayoutTable = "KinerjaLayoutTable";

    private const string Font = "Times New Roman";

    public static Styles Create() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "24" },
                    new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "id-ID" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle(Normal, "Normal", null, isDefault: true),
            ParagraphStyle(Title, "Title", Normal, bold: true, size: "28", centred: true, keepNext: true, outline: null),
            ParagraphStyle(Heading1, "heading 1", Normal, bold: true, size: "24", centred: true, keepNext: true, outline: 0),
            ParagraphStyle(Heading2, "heading 2", Normal, bold: true, size: "24", keepNext: true, outline: 1),
            ParagraphStyle(Letterhead, "Letterhead", Normal, bold: true, size: "28", centred: true, keepNext: true),
            TableTextStyle(TableText, "Table Text", "22"),
            TableTextStyle(Footer, "footer", "16"),
            TableNormal(),
            TableStyle(Table, "Kinerja Table", bordered: true),
            TableStyle(LayoutTable, "Kinerja Layout Table", bordered: false));

    private static Style ParagraphStyle(
        string id, string name, string? basedOn, bool isDefault = false, bool bold = false, string? size = null,
        bool centred = false, bool keepNext = false, int? outline = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
            style.Default = OnOffValue.FromBoolean(true);
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = Normal });
        style.Append(new PrimaryStyle());

        var paragraph = new StyleParagraphProperties();
        if (keepNext)
            paragraph.Append(new KeepNext());
        if (basedOn is not null)
            paragraph.Append(new SpacingBetweenLines { Before = "120", After = "120" });
        if (centred)
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        if (outline is not null)
            paragraph.Append(new OutlineLevel { Val = outline.Value });
        if (paragraph.HasChildren)
            style.Append(paragraph);

        var run = new StyleRunProperties();
        if (bold)
            run.Append(new Bold(), new BoldComplexScript());
        if (size is not null)
            run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        if (run.HasChildren)
            style.Append(run);
        return style;
    }

    /// <summary>Compact paragraphs without spacing: table cells (11 pt) and the verification footer (8 pt).</summary>
    private static Style TableTextStyle(string id, string name, string size) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

    private static Style TableStyle(string id, string name, bool bordered)
    {
        var properties = new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa });
        if (bordered)
            properties.Append(DocxElements.Borders());
        properties.Append(new TableCellMarginDefault(
            new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new PrimaryStyle(),
            properties)
        {
            Type = StyleValues.Table,
            StyleId = id,
        };
    }

    /// <summary>The built-in base of every table style.</summary>
    public static Style TableNormal() =>
        new(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = "TableNormal",
            Default = OnOffValue.FromBoolean(true),
        };
}
