using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// What importing a document would do, without storing anything: the agreements read, their findings (checked against
/// the stored agreements of the same offices and years) and, per agreement, whether it would be created, replace a
/// stored one, or leave it unchanged. The browser upload shows this before the user confirms.
/// </summary>
public sealed class PreviewImport(KinerjaDbContext db)
{
    /// <summary>An operator (<paramref name="actor"/>) may only import the agreements of their own office.</summary>
    public async Task<FileImportResult> ExecuteAsync(ImportSource source, Actor? actor = null, CancellationToken cancellationToken = default)
    {
        var read = await ImportReading.CreateImportAsync(db, cancellationToken);
        var reading = await ImportReading.ReadAsync(db, read, source, actor, cancellationToken);
        if (reading.Failure is not null)
            return FileImportResult.FromFailure(source.SourceName, reading.Failure);

        var document = reading.Document!;
        var results = new List<ImportedAgreement>();
        foreach (var agreement in document.Agreements)
        {
            var key = agreement.Key;
            var stored = await db.Agreements.AsNoTracking().WithKey(key)
                .Select(a => new { a.Id, Hash = EF.Property<string?>(a, ShadowProperties.ContentHash) })
                .SingleOrDefaultAsync(cancellationToken);
            var outcome = stored is null ? ImportOutcome.Created
                : stored.Hash == AgreementFingerprint.Compute(agreement) ? ImportOutcome.Unchanged
                : ImportOutcome.Updated;
            results.Add(new ImportedAgreement(stored?.Id ?? agreement.Id, key, outcome, agreement, document.FindingsOf(agreement)));
        }

        return FileImportResult.FromAgreements(source.SourceName, results);
    }
}
