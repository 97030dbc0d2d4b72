using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>The scan of a signed agreement (for download), to whoever may read the agreement.</summary>
public sealed class GetEvidence(KinerjaDbContext db)
{
    public async Task<Result<EvidenceDocument>> ExecuteAsync(Actor actor, Guid agreementId, CancellationToken cancellationToken = default)
    {
        var facts = await db.Agreements.AsNoTracking()
            .Where(a => a.Id == agreementId)
            .Select(a => new AgreementFacts(a.OfficeId, a.Status, a.FirstParty.PersonId, a.SecondParty.PersonId))
            .SingleOrDefaultAsync(cancellationToken);
        if (facts is null || !new AgreementAccess(actor, facts).CanRead)
            return Result.NotFound();

        var evidence = await db.EvidenceDocuments.AsNoTracking().SingleOrDefaultAsync(e => e.AgreementId == agreementId, cancellationToken);
        return evidence is null ? Result.NotFound() : Result<EvidenceDocument>.Ok(evidence);
    }
}
