using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Xlsx;

/// <summary>
/// The agreements read from a workbook, or every cell that could not be read. When any cell fails no agreement is
/// given, so that nothing half-read is saved; the errors name each bad cell so the workbook can be corrected.
/// </summary>
public sealed record XlsxImportResult(IReadOnlyList<Agreement> Agreements, IReadOnlyList<XlsxCellError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
