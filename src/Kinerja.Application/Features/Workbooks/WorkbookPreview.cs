using Kinerja.Documents.Xlsx;

namespace Kinerja.Application.Features.Workbooks;

/// <summary>
/// What an uploaded workbook would change in an office's agreements: the comparison per agreement, or the cells that
/// could not be read (then nothing can be applied). <see cref="IsEditable"/> tells per stored agreement whether the
/// changes can be applied (Draft or Returned) or the agreement is already signed.
/// </summary>
public sealed record WorkbookPreview(WorkbookComparison? Comparison, IReadOnlyList<XlsxCellError> Errors, IReadOnlySet<Guid> Editable)
{
    public bool CanApply => Errors.Count == 0 && Comparison is not null;

    public bool IsEditable(Guid agreementId) => Editable.Contains(agreementId);
}
