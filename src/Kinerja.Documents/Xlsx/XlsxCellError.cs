using System.Globalization;

namespace Kinerja.Documents.Xlsx;

/// <summary>A cell of an imported workbook that cannot be read: <c>Anggaran!F7: "12x" bukan jumlah Rupiah yang sah.</c></summary>
public sealed record XlsxCellError(string Sheet, int Row, string Column, string Message)
{
    /// <summary>The cell address, e.g. <c>Anggaran!F7</c>; the sheet alone when the error concerns the whole sheet.</summary>
    public string Address => Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Sheet}!{Column}{Row}") : Sheet;

    public override string ToString() => $"{Address}: {Message}";
}
