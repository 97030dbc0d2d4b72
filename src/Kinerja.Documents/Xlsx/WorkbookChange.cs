using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;

namespace Kinerja.Documents.Xlsx;

/// <summary>An agreement read from a workbook and the stored one with the same key: new, unchanged or changed.</summary>
public sealed record WorkbookChange(Agreement Imported, Agreement? Stored, AgreementDiff? Diff)
{
    public string Key => Imported.Key;

    public bool IsNew => Stored is null;

    public bool HasChanges => IsNew || Diff!.HasChanges;
}
