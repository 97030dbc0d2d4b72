using System.Globalization;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Documents;
using Kinerja.Domain.Access;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// Reading a document for import, shared by <see cref="ImportAgreements"/> and <see cref="PreviewImport"/>: read once
/// to learn which offices and years it covers, then again with their stored agreements so that reconciliation spans
/// everything known of an office and year; a document with two agreements of one natural key is refused.
/// </summary>
internal static class ImportReading
{
    /// <summary>The pipeline with the nomenclature catalogue stored in the database (the default one while it is empty).</summary>
    public static async Task<DocumentImport> CreateImportAsync(KinerjaDbContext db, CancellationToken cancellationToken)
    {
        var catalogue = await StoredCatalogue.LoadAsync(db, cancellationToken);
        var importer = new AgreementDocumentImporter(new AgreementChecker(catalogue));
        return (text, sourceName, context) => importer.Import(text, sourceName, context);
    }

    public static async Task<DocumentReading> ReadAsync(
        KinerjaDbContext db, DocumentImport read, ImportSource source, Actor? actor, CancellationToken cancellationToken)
    {
        var document = read(source.Text, source.SourceName, []);
        if (document.Failure is not null)
            return DocumentReading.Failed(document.Failure.ToString());
        var context = await LoadContextAsync(db, document, cancellationToken);
        if (context.Count > 0)
        {
            document = read(source.Text, source.SourceName, context);
            if (document.Failure is not null)
                return DocumentReading.Failed(document.Failure.ToString());
        }

        var duplicate = document.Agreements.GroupBy(a => a.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var first = duplicate.First();
            return DocumentReading.Failed(string.Format(
                CultureInfo.InvariantCulture, ApplicationMessages.DuplicateAgreement, source.SourceName, first.Kind, first.FirstParty.Position, first.Year));
        }

        var refused = await RefuseOtherOfficesAsync(db, actor, document, cancellationToken);
        return refused is null ? new DocumentReading(document, null) : DocumentReading.Failed(refused);
    }

    /// <summary>
    /// Null when <paramref name="actor"/> may import every agreement of the document: an administrator, the system
    /// (no actor), or an operator whose office is the office of every agreement. Otherwise the refusal.
    /// </summary>
    public static async Task<string?> RefuseOtherOfficesAsync(
        KinerjaDbContext db, Actor? actor, ImportedDocument document, CancellationToken cancellationToken)
    {
        if (actor is null || actor.Has(Role.Administrator))
            return null;
        if (!actor.Has(Role.Operator) || actor.OfficeId is not { } officeId)
            return ApplicationMessages.ImportNotAllowed;

        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken);
        var other = document.Agreements.FirstOrDefault(a => office is null || !office.IsNamed(a.Office));
        return other is null
            ? null
            : string.Format(CultureInfo.InvariantCulture, ApplicationMessages.ImportOtherOffice, document.SourceName, other.Office);
    }

    /// <summary>The stored agreements of the offices and years the document covers, with their details, untracked.</summary>
    private static async Task<IReadOnlyList<Domain.Agreements.Agreement>> LoadContextAsync(
        KinerjaDbContext db, ImportedDocument document, CancellationToken cancellationToken)
    {
        var read = document.Agreements;
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
}

/// <summary>A document read and checked, or why it cannot be imported.</summary>
internal sealed record DocumentReading(ImportedDocument? Document, string? Failure)
{
    public static DocumentReading Failed(string failure) => new(null, failure);
}
