using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Agreements;
using static Kinerja.Documents.Export.Docx.DocxElements;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// Lampiran 1: the performance table (No | Sasaran | Indikator Kinerja | Target) and the budget table
/// (No | Program/Kegiatan/Sub Kegiatan | Anggaran | Ket) with its total, then the signatures again. A row naming the
/// level ("Sasaran Program", "Kegiatan") opens each run of one level, so that the levels read back exactly.
/// </summary>
internal static class Lampiran1
{
    public static IEnumerable<OpenXmlElement> Write(Agreement agreement)
    {
        yield return Paragraph(LampiranHeadingText.For(agreement, 1), DocxStyles.Heading1);
        yield return Paragraph(AgreementWording.PerformanceTable, DocxStyles.Heading2, JustificationValues.Center);
        yield return TargetTable(agreement);
        yield return Paragraph(string.Empty);
        yield return BudgetTable(agreement);
        yield return Paragraph(string.Empty);
        for (var block = 1; block < SignatureBlock.Count(agreement); block++)
        {
            foreach (var element in SignatureBlock.Write(agreement, block))
                yield return element;
        }
    }

    private static Table TargetTable(Agreement agreement)
    {
        var w = DocxLayout.TargetColumns;
        var table = Table(w, bordered: true);
        table.Append(HeaderRows(w, AgreementWording.NumberColumn, AgreementWording.SasaranColumn, AgreementWording.IndicatorColumn, AgreementWording.TargetColumn));
        SasaranLevel? level = null;
        foreach (var sasaran in agreement.Sasarans)
        {
            if (sasaran.Level != level)
            {
                level = sasaran.Level;
                table.Append(LevelRow(w, LevelName(sasaran.Level)));
            }

            var indicators = sasaran.Indicators.Count == 0 ? [null] : sasaran.Indicators.ToList<Indicator?>();
            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                var number = Cell(i == 0 ? sasaran.Number : string.Empty, w[0], JustificationValues.Center);
                var text = Cell(i == 0 ? (sasaran.Text.Length == 0 ? AgreementWording.Empty : sasaran.Text) : string.Empty, w[1]);
                if (indicators.Count > 1)
                {
                    Merge(number, i == 0);
                    Merge(text, i == 0);
                }

                table.Append(Row(
                    false,
                    number,
                    text,
                    Cell(indicator?.Text ?? string.Empty, w[2]),
                    Cell(indicator is null ? string.Empty : TargetText(indicator.Target), w[3], JustificationValues.Center)));
            }
        }

        return table;
    }

    private static Table BudgetTable(Agreement agreement)
    {
        var w = DocxLayout.BudgetColumns;
        var table = Table(w, bordered: true);
        table.Append(HeaderRows(w, AgreementWording.NumberColumn, AgreementWording.BudgetNameColumn, AgreementWording.AmountColumn, AgreementWording.SourceColumn));
        BudgetLevel? level = null;
        foreach (var line in agreement.BudgetLines)
        {
            if (line.Level != level)
            {
                level = line.Level;
                table.Append(LevelRow(w, LevelName(line.Level)));
            }

            table.Append(Row(
                false,
                Cell(line.Number, w[0], JustificationValues.Center),
                Cell(line.Name, w[1]),
                Cell(line.Amount.ToString(), w[2], JustificationValues.Right),
                Cell(line.Source ?? string.Empty, w[3], JustificationValues.Center)));
        }

        table.Append(Row(
            false,
            Cell(string.Empty, w[0]),
            Cell(AgreementWording.Total, w[1], bold: true),
            Cell(agreement.BudgetTotal.ToString(), w[2], JustificationValues.Right, bold: true),
            Cell(string.Empty, w[3])));
        return table;
    }

    /// <summary>The target in Indonesian notation (<c>70,05 Nilai</c>, <c>100%</c>), or as written when it holds no number.</summary>
    public static string TargetText(TargetValue target) => target.Value is null ? target.Text : target.ToString();

    public static TableRow[] HeaderRows(int[] widths, params string[] headings)
    {
        var names = headings.Select((h, i) => Cell(h, widths[i], JustificationValues.Center, bold: true, shaded: true)).ToArray();
        var numbers = headings.Select((_, i) => Cell((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), widths[i], JustificationValues.Center, shaded: true)).ToArray();
        return [Row(true, names), Row(true, numbers)];
    }

    private static TableRow LevelRow(int[] widths, string name) =>
        Row(false, Cell(string.Empty, widths[0]), Cell(name, widths[1..].Sum(), bold: true, span: widths.Length - 1));

    private static void Merge(TableCell cell, bool first)
    {
        cell.TableCellProperties!.Append(new VerticalMerge { Val = first ? MergedCellValues.Restart : MergedCellValues.Continue });
    }

    private static string LevelName(SasaranLevel level) => level switch
    {
        SasaranLevel.Strategis => AgreementWording.SasaranStrategis,
        SasaranLevel.Program => AgreementWording.SasaranProgram,
        SasaranLevel.Kegiatan => AgreementWording.SasaranKegiatan,
        _ => AgreementWording.SasaranSubKegiatan,
    };

    private static string LevelName(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => AgreementWording.Program,
        BudgetLevel.Kegiatan => AgreementWording.Kegiatan,
        _ => AgreementWording.SubKegiatan,
    };
}
