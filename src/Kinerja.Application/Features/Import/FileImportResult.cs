using System.Globalization;
using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// The import of one document: the counts, the agreements with their verdicts and findings, or the
/// <see cref="Failure"/> (an Indonesian message naming the file) when nothing of it was stored. A document with a
/// refused agreement (<see cref="ImportOutcome.Refused"/>) fails as a whole; its agreements carry the reasons.
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

    public int Refused => Agreements.Count(a => a.Outcome == ImportOutcome.Refused);

    public static FileImportResult FromFailure(string sourceName, string failure) => new(sourceName, 0, 0, 0, [], failure);

    /// <summary>
    /// The verdicts and their counts; when any agreement is refused, a failure that stores nothing (all counts 0, the
    /// agreements kept with their verdicts to show why).
    /// </summary>
    public static FileImportResult FromAgreements(string sourceName, IReadOnlyList<ImportedAgreement> agreements)
    {
        var refused = agreements.Count(a => a.Outcome == ImportOutcome.Refused);
        if (refused > 0)
            return new(sourceName, 0, 0, 0, agreements, string.Format(CultureInfo.InvariantCulture, ApplicationMessages.ImportRefused, sourceName, refused));

        return new(
            sourceName,
            agreements.Count(a => a.Outcome == ImportOutcome.Created),
            agreements.Count(a => a.Outcome == ImportOutcome.Updated),
            agreements.Count(a => a.Outcome == ImportOutcome.Unchanged),
            agreements,
            null);
    }
}
