using System.Globalization;
using Kinerja.Documents;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// Imports PK documents: each is read and checked (<see cref="AgreementDocumentImporter"/>) against the agreements
/// already stored for the same offices and years, then stored in one transaction per document. By natural key
/// <see cref="ReimportRule"/> decides: inserted when absent, left alone when stored with the same content, replaced
/// when stored by an earlier import and untouched since, refused when people worked on the stored one; an amendment
/// is linked to the stored Awal agreement it supersedes. A document that cannot be read, with a refused agreement,
/// or whose storing fails, leaves the database as it was and is reported as a failure.
/// </summary>
public sealed class ImportAgreements
{
    private readonly KinerjaDbContext db;
    private readonly Action<Agreement>? beforeStoring;
    private DocumentImport? import;

    /// <summary>Checks against the nomenclature catalogue stored in the database (the default one while it is empty).</summary>
    public ImportAgreements(KinerjaDbContext db)
    {
        this.db = db;
    }

    public ImportAgreements(KinerjaDbContext db, AgreementDocumentImporter importer)
    {
        this.db = db;
        import = (text, sourceName, context) => importer.Import(text, sourceName, context);
    }

    /// <summary>For tests: another reader, and a hook called before each agreement is stored.</summary>
    internal ImportAgreements(KinerjaDbContext db, DocumentImport import, Action<Agreement>? beforeStoring = null)
    {
        this.db = db;
        this.import = import;
        this.beforeStoring = beforeStoring;
    }

    /// <summary>
    /// Imports <paramref name="sources"/> as <paramref name="actor"/>: an operator only the agreements of their own office;
    /// no actor (the command line, the samples) or an administrator any.
    /// </summary>
    public async Task<ImportAgreementsResult> ExecuteAsync(
        IEnumerable<ImportSource> sources, CancellationToken cancellationToken = default, Actor? actor = null)
    {
        import ??= await ImportReading.CreateImportAsync(db, cancellationToken);
        var files = new List<FileImportResult>();
        foreach (var source in sources)
            files.Add(await ImportFileAsync(import, source, actor, cancellationToken));
        return new ImportAgreementsResult(files);
    }

    private async Task<FileImportResult> ImportFileAsync(DocumentImport read, ImportSource source, Actor? actor, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var reading = await ImportReading.ReadAsync(db, read, source, actor, cancellationToken);
        if (reading.Failure is not null)
            return FileImportResult.FromFailure(source.SourceName, reading.Failure);
        var document = reading.Document!;

        // One transaction per document; inside a caller's transaction (the samples: all or nothing), a savepoint.
        var ambient = db.Database.CurrentTransaction;
        await using var own = ambient is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (ambient is not null)
            await ambient.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            var stored = await StoreAsync(document, cancellationToken);
            var result = FileImportResult.FromAgreements(source.SourceName, stored);
            if (result.Failed)
                await RollBackAsync(own, ambient, cancellationToken);
            else if (own is not null)
                await own.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException e)
        {
            await RollBackAsync(own, ambient, cancellationToken);
            return FileImportResult.FromFailure(source.SourceName, string.Format(
                CultureInfo.InvariantCulture, ApplicationMessages.StoreFailed, source.SourceName, e.InnerException?.Message ?? e.Message));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private const string Savepoint = "kinerja_import_document";

    private static Task RollBackAsync(
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? own,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? ambient,
        CancellationToken cancellationToken) =>
        own is not null ? own.RollbackAsync(cancellationToken) : ambient!.RollbackToSavepointAsync(Savepoint, cancellationToken);

    /// <summary>
    /// Decides every agreement first (<see cref="ReimportRule"/>): when one is refused nothing is written and the
    /// verdicts come back for the caller to roll back and report. Otherwise stores them in document order.
    /// </summary>
    private async Task<IReadOnlyList<ImportedAgreement>> StoreAsync(ImportedDocument document, CancellationToken cancellationToken)
    {
        var verdicts = await ImportVerdicts.DecideAsync(db, document, cancellationToken);
        if (verdicts.Any(v => v.Verdict.Refused))
        {
            return verdicts
                .Select(v => new ImportedAgreement(v.StoredId ?? v.Agreement.Id, v.Agreement.Key, v.Verdict, v.Agreement, document.FindingsOf(v.Agreement)))
                .ToList();
        }

        var register = new OrganisationRegister(db);
        var results = new List<ImportedAgreement>();
        foreach (var (agreement, verdict, storedId) in verdicts)
        {
            beforeStoring?.Invoke(agreement);
            var key = agreement.Key;
            var findings = document.FindingsOf(agreement);
            if (verdict.Outcome == ImportOutcome.Unchanged)
            {
                await RefreshFindingsAsync(storedId!.Value, findings, cancellationToken);
                results.Add(new ImportedAgreement(storedId.Value, key, verdict, agreement, findings));
                continue;
            }

            await register.LinkAsync(agreement, cancellationToken);
            if (verdict.Outcome == ImportOutcome.Updated)
            {
                // Delete first: the natural key is unique. Its parts and findings go by cascade.
                db.Agreements.Remove(await db.Agreements.SingleAsync(a => a.Id == storedId!.Value, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
            }

            db.Agreements.Add(agreement);
            db.Findings.AddRange(Stored(agreement.Id, findings));
            await db.SaveChangesAsync(cancellationToken);
            results.Add(new ImportedAgreement(agreement.Id, key, verdict, agreement, findings));
        }

        await LinkAmendmentsAsync(results.Where(r => r.Outcome != ImportOutcome.Unchanged).Select(r => r.Agreement), cancellationToken);
        return results;
    }

    /// <summary>Keeps the reading findings of an unchanged agreement as the reader makes them now.</summary>
    private async Task RefreshFindingsAsync(Guid agreementId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var stored = await db.Findings.OfAgreement(agreementId).ToListAsync(cancellationToken);
        var reading = Stored(agreementId, findings);
        if (stored.Select(f => f.ToFinding()).SequenceEqual(reading.Select(f => f.ToFinding())))
            return;

        db.Findings.RemoveRange(stored);
        db.Findings.AddRange(reading);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// What is stored of an agreement's findings: those of the reading only (<see cref="FindingCodes.FromReading"/>);
    /// the rules' findings are computed from the stored agreements (<see cref="Agreements.AgreementFindings"/>).
    /// </summary>
    private static List<StoredFinding> Stored(Guid agreementId, IReadOnlyList<Finding> findings) =>
        findings.Where(f => FindingCodes.FromReading(f.Code)).Select((finding, i) => new StoredFinding(agreementId, i, finding)).ToList();

    /// <summary>
    /// An amendment supersedes the stored Awal agreement of the same office, year and first-party position; a newly
    /// stored Awal agreement is superseded by a stored amendment that has none yet (e.g. the Awal it had was replaced).
    /// </summary>
    private async Task LinkAmendmentsAsync(IEnumerable<Agreement> inserted, CancellationToken cancellationToken)
    {
        foreach (var agreement in inserted)
        {
            if (agreement.OfficeId is not { } officeId || agreement.FirstParty.PositionId is not { } positionId)
                continue;

            var sameOfficial = db.Agreements.Where(a =>
                a.Id != agreement.Id && a.OfficeId == officeId && a.Year == agreement.Year && a.FirstParty.PositionId == positionId);
            if (agreement.Kind == AgreementKind.Perubahan)
            {
                var originals = await sameOfficial.Where(a => a.Kind == AgreementKind.Awal).ToListAsync(cancellationToken);
                if (originals.FirstOrDefault(agreement.Replaces) is { } original)
                    agreement.Supersede(original);
            }
            else
            {
                var amendments = await sameOfficial
                    .Where(a => a.Kind == AgreementKind.Perubahan && a.SupersedesId == null)
                    .ToListAsync(cancellationToken);
                foreach (var amendment in amendments.Where(a => a.Replaces(agreement)))
                    amendment.Supersede(agreement);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
