using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using L = Kinerja.Documents.Export.Xlsx.WorkbookLayout;

namespace Kinerja.Documents.Export.Xlsx;

/// <summary>
/// Writes an office's targets and budgets for a year as a workbook that is also the input template: sheet
/// "Perjanjian" (one row per agreement: office, year, kind, parties, place, date), "Target" (one row per indicator)
/// and "Anggaran" (one row per budget line, amounts as whole-Rupiah numbers shown with thousands separators).
/// Rows name their agreement by the jabatan of Pihak Pertama; edit the workbook and read it back with
/// <see cref="Kinerja.Documents.Xlsx.XlsxImporter"/>.
/// </summary>
public static class XlsxExporter
{
    private static readonly OpenXmlConfiguration Configuration = new()
    {
        TableStyles = TableStyles.Default,
        AutoFilter = true,
        DynamicColumns =
        [
            new DynamicExcelColumn(L.Amount) { Format = "#,##0", Width = 18 },
            new DynamicExcelColumn(L.Position) { Width = 40 },
            new DynamicExcelColumn(L.Sasaran) { Width = 60 },
            new DynamicExcelColumn(L.Indicator) { Width = 60 },
            new DynamicExcelColumn(L.Name) { Width = 60 },
            new DynamicExcelColumn(L.Office) { Width = 24 },
            new DynamicExcelColumn(L.Region) { Width = 24 },
            new DynamicExcelColumn(L.FirstParty) { Width = 36 },
            new DynamicExcelColumn(L.SecondParty) { Width = 36 },
            new DynamicExcelColumn(L.SecondPartyPosition) { Width = 30 },
            new DynamicExcelColumn(L.FirstPartyNip) { Width = 22 },
            new DynamicExcelColumn(L.SecondPartyNip) { Width = 22 },
            new DynamicExcelColumn(L.Code) { Width = 20 },
            new DynamicExcelColumn(L.Date) { Width = 18 },
        ],
    };

    public static void Write(IReadOnlyList<Agreement> agreements, Stream output, PositionHierarchy? hierarchy = null)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var ordered = AgreementOrder.InHierarchyOrder(agreements, hierarchy);
        var sheets = new Dictionary<string, object>
        {
            [L.AgreementSheet] = ordered.Select(AgreementRow).ToList(),
            [L.TargetSheet] = ordered.SelectMany(TargetRows).ToList(),
            [L.BudgetSheet] = ordered.SelectMany(BudgetRows).ToList(),
        };
        MiniExcel.SaveAs(output, sheets, excelType: ExcelType.XLSX, configuration: Configuration);
    }

    public static byte[] Write(IReadOnlyList<Agreement> agreements, PositionHierarchy? hierarchy = null)
    {
        using var stream = new MemoryStream();
        Write(agreements, stream, hierarchy);
        return stream.ToArray();
    }

    /// <summary>The level words of the workbook.</summary>
    public static string LevelWord(SasaranLevel level) => level switch
    {
        SasaranLevel.Strategis => L.Strategis,
        SasaranLevel.Program => L.Program,
        SasaranLevel.Kegiatan => L.Kegiatan,
        _ => L.SubKegiatan,
    };

    public static string LevelWord(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => L.Program,
        BudgetLevel.Kegiatan => L.Kegiatan,
        _ => L.SubKegiatan,
    };

    private static Dictionary<string, object?> AgreementRow(Agreement a) => new()
    {
        [L.Office] = a.Office,
        [L.Region] = a.Region,
        [L.Year] = a.Year,
        [L.Kind] = a.Kind == AgreementKind.Perubahan ? L.Perubahan : L.Awal,
        [L.Position] = a.FirstParty.Position,
        [L.FirstParty] = a.FirstParty.PrintedName,
        [L.FirstPartyNip] = a.FirstParty.NipAsPrinted,
        [L.SecondPartyPosition] = a.SecondParty.Position,
        [L.SecondParty] = a.SecondParty.PrintedName,
        [L.SecondPartyNip] = a.SecondParty.NipAsPrinted,
        [L.Place] = a.Place,
        [L.Date] = a.SignedAt is { } date ? IndonesianDate.Format(date) : null,
    };

    private static IEnumerable<Dictionary<string, object?>> TargetRows(Agreement a) =>
        a.Sasarans.SelectMany(s => (s.Indicators.Count == 0 ? [null] : s.Indicators.ToList<Indicator?>()).Select(i => new Dictionary<string, object?>
        {
            [L.Position] = a.FirstParty.Position,
            [L.Number] = s.Number,
            [L.Level] = LevelWord(s.Level),
            [L.Sasaran] = s.Text,
            [L.Indicator] = i?.Text,
            [L.Target] = i is null ? null : i.Target.Value is { } value ? value : i.Target.Text,
            [L.Unit] = i?.Target.Unit,
        }));

    private static IEnumerable<Dictionary<string, object?>> BudgetRows(Agreement a) =>
        a.BudgetLines.Select(b => new Dictionary<string, object?>
        {
            [L.Position] = a.FirstParty.Position,
            [L.Number] = b.Number,
            [L.Level] = LevelWord(b.Level),
            [L.Code] = b.Code,
            [L.Name] = b.Name,
            [L.Amount] = b.Amount.Value,
            [L.Source] = b.Source,
        });
}
