namespace Kinerja.Application.Features.Import;

/// <summary>
/// The import of one document: the counts, the agreements with their findings, or the <see cref="Failure"/>
/// (an Indonesian message naming the file) when nothing of it was stored.
/// </summary>
public sealed record FileImportResult(
    string SourceName,
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportedAgreement> Agreements,
    string? Failure)
{
    public bool Failed => Failure is not null;

    public static FileImportResult FromFailure(string sourceName, string failure) => new(sourceName, 0, 0, 0, [], failure);

    public static FileImportResult FromAgreements(string sourceName, IReadOnlyList<ImportedAgreement> agreements) =>
        new(
            sourceName,
            agreements.Count(a => a.Outcome == ImportOutcome.Created),
            agreements.Count(a => a.Outcome == ImportOutcome.Updated),
            agreements.Count(a => a.Outcome == ImportOutcome.Unchanged),
            agreements,
            null);
}
