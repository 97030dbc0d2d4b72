using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// What importing a document would do, without storing anything: the agreements read, their findings (checked against
/// the stored agreements of the same offices and years) and, per agreement, the verdict of
/// <see cref="Domain.Agreements.ReimportRule"/> (created, replacing an earlier import, unchanged, or refused with the
/// reason). The browser upload shows this before the user confirms; a refused agreement makes the preview a failure.
/// </summary>
public sealed class PreviewImport
{
    private readonly KinerjaDbContext db;
    private readonly DocumentImport? import;

    /// <summary>Checks against the nomenclature catalogue stored in the database (the default one while it is empty).</summary>
    public PreviewImport(KinerjaDbContext db)
    {
        this.db = db;
    }

    /// <summary>For tests: another reader.</summary>
    internal PreviewImport(KinerjaDbContext db, DocumentImport import)
    {
        this.db = db;
        this.import = import;
    }

    /// <summary>An operator (<paramref name="actor"/>) may only import the agreements of their own office.</summary>
    public async Task<FileImportResult> ExecuteAsync(ImportSource source, Actor? actor = null, CancellationToken cancellationToken = default)
    {
        var read = import ?? await ImportReading.CreateImportAsync(db, cancellationToken);
        var reading = await ImportReading.ReadAsync(db, read, source, actor, cancellationToken);
        if (reading.Failure is not null)
            return FileImportResult.FromFailure(source.SourceName, reading.Failure);

        var document = reading.Document!;
        var verdicts = await ImportVerdicts.DecideAsync(db, document, cancellationToken);
        var results = verdicts
            .Select(v => new ImportedAgreement(v.StoredId ?? v.Agreement.Id, v.Agreement.Key, v.Verdict, v.Agreement, document.FindingsOf(v.Agreement)))
            .ToList();
        return FileImportResult.FromAgreements(source.SourceName, results);
    }
}
