using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// An agreement the actor may read, with its findings (<see cref="AgreementFindings"/>; <paramref name="findingsCache"/> is the
/// application's, a new one computes them afresh).
/// </summary>
public sealed class GetAgreement(KinerjaDbContext db, FindingsCache? findingsCache = null)
{
    public async Task<Result<AgreementDetails>> ExecuteAsync(Actor actor, Guid agreementId, CancellationToken cancellationToken = default)
    {
        // The agreement as loaded at the current change stamp is kept (read only) between requests, like its findings.
        var cache = findingsCache ?? new FindingsCache();
        var stamp = await db.FindingsStampAsync(cancellationToken);
        if (!cache.TryGetAgreement(agreementId, stamp, out var loaded))
        {
            loaded = await db.Agreements.AsNoTracking().WithDetails().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
            if (loaded is not null)
                cache.SetAgreement(stamp, loaded);
        }

        var (agreement, failure) = AgreementLoader.Allow(actor, loaded, AgreementAction.Read);
        if (failure is not null)
            return failure;

        var findings = await new AgreementFindings(db, cache).OfAsync(agreement!, stamp, cancellationToken);

        var access = AgreementAccess.Of(actor, agreement!);
        var notes = access.CanReadNotes
            ? await db.ReviewNotes.AsNoTracking().Where(n => n.AgreementId == agreementId).OrderBy(n => n.Id).ToListAsync(cancellationToken)
            : [];
        var evidence = await db.EvidenceDocuments.AsNoTracking()
            .Where(e => e.AgreementId == agreementId)
            .Select(e => new EvidenceSummary(e.Id, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAt, e.UploadedByName))
            .SingleOrDefaultAsync(cancellationToken);
        var amendedBy = await AgreementLoader.AmendmentAsync(db, actor, agreementId, cancellationToken);
        return Result<AgreementDetails>.Ok(new AgreementDetails(agreement!, findings, access, notes, evidence, amendedBy));
    }
}
