using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Agreements;
using static Kinerja.Documents.Export.Docx.DocxElements;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// Lampiran 2, per sasaran: the sasaran and its explanation, the indicator table (Indikator | Definisi | Relevansi |
/// Formulasi | Sumber Data) and the target table with the explanation of each target. An agreement without a
/// Lampiran 2 of its own (e.g. made from a workbook) gets one built from its sasaran and indicators.
/// </summary>
internal static class Lampiran2
{
    public static IEnumerable<OpenXmlElement> Write(Agreement agreement)
    {
        yield return Paragraph(LampiranHeadingText.For(agreement, 2), DocxStyles.Heading1);
        yield return Paragraph(AgreementWording.ExplanationTitle, DocxStyles.Heading2, JustificationValues.Center);

        var explanations = Lampiran2Sections.Of(agreement);
        var number = 0;
        foreach (var explanation in explanations)
        {
            number++;
            foreach (var element in Section(explanation, number))
                yield return element;
        }
    }

    private static IEnumerable<OpenXmlElement> Section(SasaranExplanation explanation, int number)
    {
        yield return Paragraph(string.Format(CultureInfo.InvariantCulture, AgreementWording.ExplanationSection, number), DocxStyles.Heading2);
        var sasaran = explanation.Sasaran.Length == 0 ? AgreementWording.Empty : explanation.Sasaran;
        yield return Paragraph(string.Format(CultureInfo.InvariantCulture, AgreementWording.SasaranLine, sasaran), align: JustificationValues.Both);
        if (explanation.Description.Length > 0)
        {
            yield return Paragraph(AgreementWording.DescriptionLabel, keepNext: true);
            foreach (var line in explanation.Description.Split('\n'))
                yield return Paragraph(line, align: JustificationValues.Both);
        }

        if (explanation.Indicators.Count > 0)
        {
            yield return Paragraph(AgreementWording.IndicatorsLabel, keepNext: true, bold: true);
            yield return IndicatorTable(explanation.Indicators);
        }

        if (explanation.Targets.Count > 0)
        {
            yield return Paragraph(AgreementWording.TargetsLabel, keepNext: true, bold: true);
            yield return TargetTable(explanation.Targets);
        }
    }

    private static Table IndicatorTable(IEnumerable<IndicatorExplanation> rows)
    {
        var w = DocxLayout.IndicatorColumns;
        var table = Table(w, bordered: true);
        table.Append(Row(
            true,
            Heading(AgreementWording.IndicatorColumn, w[0]),
            Heading(AgreementWording.DefinitionColumn, w[1]),
            Heading(AgreementWording.RelevanceColumn, w[2]),
            Heading(AgreementWording.FormulaColumn, w[3]),
            Heading(AgreementWording.DataSourceColumn, w[4])));
        foreach (var row in rows)
        {
            table.Append(ContentRow(
                Cell(row.Indicator, w[0]), Cell(row.Definition, w[1]), Cell(row.Relevance, w[2]), Cell(row.Formula, w[3]), Cell(row.DataSource, w[4])));
        }

        return table;
    }

    private static Table TargetTable(IEnumerable<TargetExplanation> rows)
    {
        var w = DocxLayout.TargetExplanationColumns;
        var table = Table(w, bordered: true);
        table.Append(Row(
            true,
            Heading(AgreementWording.NumberColumn, w[0]),
            Heading(AgreementWording.IndicatorColumn, w[1]),
            Heading(AgreementWording.TargetExplanationColumn, w[2]),
            Heading(AgreementWording.ExplanationColumn, w[3])));
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            table.Append(ContentRow(
                Cell(number.ToString(CultureInfo.InvariantCulture) + ".", w[0], JustificationValues.Center),
                Cell(row.Indicator, w[1]),
                Cell(row.Target, w[2], JustificationValues.Center),
                Cell(row.Explanation, w[3])));
        }

        return table;
    }

    private static TableCell Heading(string text, int width) => Cell(text, width, JustificationValues.Center, bold: true, shaded: true);

    /// <summary>Long explanations may break across pages; only header rows repeat.</summary>
    private static TableRow ContentRow(params TableCell[] cells)
    {
        var row = new TableRow();
        row.Append(cells);
        return row;
    }
}
