using Kinerja.Documents.Export.Xlsx;
using MiniExcelLibs;

namespace Kinerja.Documents.Tests.Xlsx;

/// <summary>Opens an exported workbook as rows of its three sheets, lets a test edit them as a user would, and saves it again.</summary>
internal sealed class WorkbookEditor
{
    private WorkbookEditor(Dictionary<string, List<Dictionary<string, object?>>> sheets) => Sheets = sheets;

    public Dictionary<string, List<Dictionary<string, object?>>> Sheets { get; }

    public List<Dictionary<string, object?>> Agreements => Sheets[WorkbookLayout.AgreementSheet];

    public List<Dictionary<string, object?>> Targets => Sheets[WorkbookLayout.TargetSheet];

    public List<Dictionary<string, object?>> Budget => Sheets[WorkbookLayout.BudgetSheet];

    public static WorkbookEditor Open(byte[] workbook)
    {
        var sheets = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var name in new[] { WorkbookLayout.AgreementSheet, WorkbookLayout.TargetSheet, WorkbookLayout.BudgetSheet })
        {
            sheets[name] = MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: name)
                .Cast<IDictionary<string, object?>>()
                .Select(r => new Dictionary<string, object?>(r))
                .ToList();
        }

        return new WorkbookEditor(sheets);
    }

    /// <summary>The row number in the sheet (the heading is row 1) of the first row matching.</summary>
    public static int RowNumber(List<Dictionary<string, object?>> rows, Func<Dictionary<string, object?>, bool> match) => rows.FindIndex(r => match(r)) + 2;

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, Sheets.ToDictionary(s => s.Key, s => (object)s.Value));
        return stream.ToArray();
    }
}
