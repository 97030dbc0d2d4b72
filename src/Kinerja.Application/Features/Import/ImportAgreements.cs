using System.Globalization;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Documents;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// Imports PK documents: each is read and checked (<see cref="AgreementDocumentImporter"/>) against the agreements
/// already stored for the same offices and years, then stored in one transaction per document. By natural key an
/// agreement is inserted when absent, left alone when stored with the same content fingerprint, and replaced when
/// stored with other content; an amendment is linked to the stored Awal agreement it supersedes. A document that
/// cannot be read, or whose storing fails, leaves the database as it was and is reported as a failure.
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

    public async Task<ImportAgreementsResult> ExecuteAsync(IEnumerable<ImportSource> sources, CancellationToken cancellationToken = default)
    {
        import ??= await CreateImportAsync(cancellationToken);
        var files = new List<FileImportResult>();
        foreach (var source in sources)
            files.Add(await ImportFileAsync(import, source, cancellationToken));
        return new ImportAgreementsResult(files);
    }

    private async Task<DocumentImport> CreateImportAsync(CancellationToken cancellationToken)
    {
        var catalogue = await StoredCatalogue.LoadAsync(db, cancellationToken);
        var importer = new AgreementDocumentImporter(new AgreementChecker(catalogue));
        return (text, sourceName, context) => importer.Import(text, sourceName, context);
    }

    private async Task<FileImportResult> ImportFileAsync(DocumentImport read, ImportSource source, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();

        // Read once to learn which offices and years the document covers, then again with their stored agreements,
        // so that reconciliation spans everything known of an office and year.
        var document = read(source.Text, source.SourceName, []);
        if (document.Failure is not null)
            return FileImportResult.FromFailure(source.SourceName, document.Failure.ToString());
        var context = await LoadContextAsync(document.Agreements, cancellationToken);
        if (context.Count > 0)
        {
            document = read(source.Text, source.SourceName, context);
            if (document.Failure is not null)
                return FileImportResult.FromFailure(source.SourceName, document.Failure.ToString());
        }

        var duplicate = document.Agreements.GroupBy(a => a.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var first = duplicate.First();
            return FileImportResult.FromFailure(source.SourceName, string.Format(
                CultureInfo.InvariantCulture, ApplicationMessages.DuplicateAgreement, source.SourceName, first.Kind, first.FirstParty.Position, first.Year));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var stored = await StoreAsync(document, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return FileImportResult.FromAgreements(source.SourceName, stored);
        }
        catch (DbUpdateException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            return FileImportResult.FromFailure(source.SourceName, string.Format(
                CultureInfo.InvariantCulture, ApplicationMessages.StoreFailed, source.SourceName, e.InnerException?.Message ?? e.Message));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The stored agreements of the offices and years the document covers, with their details, untracked.</summary>
    private async Task<IReadOnlyList<Agreement>> LoadContextAsync(IReadOnlyList<Agreement> read, CancellationToken cancellationToken)
    {
        if (read.Count == 0)
            return [];

        var years = read.Select(a => a.Year).Distinct().ToList();
        var offices = read.Select(a => a.Office).Distinct(StringComparer.Ordinal).ToList();
        var officeIds = await db.Offices.AsNoTracking()
            .Where(o => offices.Contains(o.Name))
            .Select(o => (Guid?)o.Id)
            .ToListAsync(cancellationToken);
        return await db.Agreements.AsNoTracking().WithDetails()
            .Where(a => years.Contains(a.Year) && (offices.Contains(a.Office) || officeIds.Contains(a.OfficeId)))
            .ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ImportedAgreement>> StoreAsync(ImportedDocument document, CancellationToken cancellationToken)
    {
        var register = new OrganisationRegister(db);
        var results = new List<ImportedAgreement>();
        foreach (var agreement in document.Agreements)
        {
            beforeStoring?.Invoke(agreement);
            var key = agreement.Key;
            var findings = document.FindingsOf(agreement);
            var existing = await db.Agreements.WithKey(key)
                .Select(a => new { a.Id, Hash = EF.Property<string?>(a, ShadowProperties.ContentHash) })
                .SingleOrDefaultAsync(cancellationToken);

            if (existing is not null && existing.Hash == AgreementFingerprint.Compute(agreement))
            {
                await RefreshFindingsAsync(existing.Id, findings, cancellationToken);
                results.Add(new ImportedAgreement(existing.Id, key, ImportOutcome.Unchanged, agreement, findings));
                continue;
            }

            await register.LinkAsync(agreement, cancellationToken);
            if (existing is not null)
            {
                // Delete first: the natural key is unique. Its parts and findings go by cascade.
                db.Agreements.Remove(await db.Agreements.SingleAsync(a => a.Id == existing.Id, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
            }

            db.Agreements.Add(agreement);
            db.Findings.AddRange(findings.Select((finding, i) => new StoredFinding(agreement.Id, i, finding)));
            await db.SaveChangesAsync(cancellationToken);
            results.Add(new ImportedAgreement(
                agreement.Id, key, existing is null ? ImportOutcome.Created : ImportOutcome.Updated, agreement, findings));
        }

        await LinkAmendmentsAsync(results.Where(r => r.Outcome != ImportOutcome.Unchanged).Select(r => r.Agreement), cancellationToken);
        return results;
    }

    /// <summary>Keeps the findings of an unchanged agreement current: other agreements of its office may have changed.</summary>
    private async Task RefreshFindingsAsync(Guid agreementId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var stored = await db.Findings.OfAgreement(agreementId).ToListAsync(cancellationToken);
        if (stored.Select(f => f.ToFinding()).SequenceEqual(findings))
            return;

        db.Findings.RemoveRange(stored);
        db.Findings.AddRange(findings.Select((finding, i) => new StoredFinding(agreementId, i, finding)));
        await db.SaveChangesAsync(cancellationToken);
    }

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
                var original = await sameOfficial.Where(a => a.Kind == AgreementKind.Awal).FirstOrDefaultAsync(cancellationToken);
                if (original is not null)
                {
                    agreement.SupersedesId = original.Id;
                    agreement.SupersedesKey = original.Key;
                }
            }
            else
            {
                var amendments = await sameOfficial
                    .Where(a => a.Kind == AgreementKind.Perubahan && a.SupersedesId == null)
                    .ToListAsync(cancellationToken);
                foreach (var amendment in amendments)
                {
                    amendment.SupersedesId = agreement.Id;
                    amendment.SupersedesKey = agreement.Key;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
