namespace Kinerja.Application.Features.Import;

/// <summary>The import of several documents, one result per document in the order given.</summary>
public sealed record ImportAgreementsResult(IReadOnlyList<FileImportResult> Files)
{
    public int Created => Files.Sum(f => f.Created);

    public int Updated => Files.Sum(f => f.Updated);

    public int Unchanged => Files.Sum(f => f.Unchanged);

    public bool AnyFailed => Files.Any(f => f.Failed);
}
