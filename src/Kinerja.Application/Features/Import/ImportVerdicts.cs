using Kinerja.Documents;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// For each agreement of a document, what importing it would do (<see cref="ReimportRule"/>) given the stored agreement
/// of the same natural key, read with its content and the work attached to it. Shared by <see cref="ImportAgreements"/>
/// and <see cref="PreviewImport"/>, so that the preview shows the verdicts the import applies.
/// </summary>
internal static class ImportVerdicts
{
    public static async Task<IReadOnlyList<AgreementVerdict>> DecideAsync(
        KinerjaDbContext db, ImportedDocument document, CancellationToken cancellationToken)
    {
        var verdicts = new List<AgreementVerdict>();
        foreach (var agreement in document.Agreements)
        {
            var stored = await LoadAsync(db, agreement.Key, cancellationToken);
            verdicts.Add(new AgreementVerdict(agreement, ReimportRule.Decide(agreement, stored), stored?.Agreement.Id));
        }

        return verdicts;
    }

    private static async Task<StoredAgreementFacts?> LoadAsync(KinerjaDbContext db, string key, CancellationToken cancellationToken)
    {
        var stored = await db.Agreements.AsNoTracking().WithDetails().WithKey(key).SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
            return null;

        var id = stored.Id;
        var fingerprint = await db.Agreements.AsNoTracking().Where(a => a.Id == id).ContentHashes().SingleAsync(cancellationToken);
        return new StoredAgreementFacts(
            stored,
            fingerprint,
            HasEvidence: await db.EvidenceDocuments.AnyAsync(e => e.AgreementId == id, cancellationToken),
            HasReviewNotes: await db.ReviewNotes.AnyAsync(n => n.AgreementId == id, cancellationToken),
            HasEvaluations: await db.Evaluations.AnyAsync(e => e.AgreementId == id, cancellationToken));
    }
}

/// <summary>An agreement read from a document, the verdict on it, and the id of the stored agreement of its key, if any.</summary>
internal sealed record AgreementVerdict(Agreement Agreement, ImportVerdict Verdict, Guid? StoredId);
