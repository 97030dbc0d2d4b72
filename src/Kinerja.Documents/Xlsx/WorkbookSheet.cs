using System.Globalization;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Domain.Common;
using MiniExcelLibs;

namespace Kinerja.Documents.Xlsx;

/// <summary>One sheet of a workbook: its rows by row number and the column letter of each heading.</summary>
internal sealed class WorkbookSheet
{
    private readonly Dictionary<string, string> columnOf;

    private WorkbookSheet(string name, Dictionary<string, string> columnOf, List<(int Number, IDictionary<string, object?> Cells)> rows)
    {
        Name = name;
        this.columnOf = columnOf;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<(int Number, IDictionary<string, object?> Cells)> Rows { get; }

    public static WorkbookSheet? Load(Stream workbook, string name, IReadOnlyList<string> sheetNames, string[] columns, List<XlsxCellError> errors)
    {
        var actual = sheetNames.FirstOrDefault(s => string.Equals(s.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (actual is null)
        {
            errors.Add(new XlsxCellError(name, 0, string.Empty, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxSheetMissing, name)));
            return null;
        }

        workbook.Position = 0;
        var rows = new List<(int, IDictionary<string, object?>)>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(workbook, useHeaderRow: false, sheetName: actual, excelType: ExcelType.XLSX))
        {
            number++;
            if (number > DocumentLimits.SheetRows)
            {
                errors.Add(new XlsxCellError(actual, 0, string.Empty, string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxTooManyRows, actual, IndonesianNumber.Format(DocumentLimits.SheetRows))));
                return null;
            }

            rows.Add((number, row));
        }

        var header = rows.Count > 0 ? rows[0].Item2 : new Dictionary<string, object?>();
        var columnOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (letter, value) in header)
        {
            var heading = Text(value);
            if (heading.Length > 0)
                columnOf.TryAdd(heading, letter);
        }

        var missing = columns.Where(c => !columnOf.ContainsKey(c)).ToList();
        foreach (var column in missing)
            errors.Add(new XlsxCellError(actual, 1, "A", string.Format(CultureInfo.InvariantCulture, DocumentMessages.XlsxColumnMissing, column)));
        if (missing.Count > 0)
            return null;

        var data = rows.Skip(1).Where(r => r.Item2.Values.Any(v => Text(v).Length > 0)).ToList();
        return new WorkbookSheet(actual, columnOf, data);
    }

    public string Column(string heading) => columnOf[heading];

    public object? Value(IDictionary<string, object?> cells, string heading) =>
        cells.TryGetValue(columnOf[heading], out var value) ? value : null;

    public string Text(IDictionary<string, object?> cells, string heading) => Text(Value(cells, heading));

    public XlsxCellError Error(int row, string heading, string message) => new(Name, row, Column(heading), message);

    /// <summary>A cell as text: numbers in invariant notation (so that "1" and "1.1." read as printed), dates as Indonesian dates.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => Domain.Common.IndonesianDate.Format(DateOnly.FromDateTime(t)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };

    /// <summary>The headings <see cref="WorkbookLayout"/> requires on a sheet.</summary>
    public static string[] Required(string sheet) => sheet switch
    {
        WorkbookLayout.AgreementSheet => WorkbookLayout.AgreementColumns,
        WorkbookLayout.TargetSheet => WorkbookLayout.TargetColumns,
        _ => WorkbookLayout.BudgetColumns,
    };
}
