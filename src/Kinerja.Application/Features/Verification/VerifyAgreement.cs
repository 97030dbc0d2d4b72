using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Verification;

/// <summary>
/// What the QR code on a printed PK leads to, for anyone holding the paper: which agreement it is, who signed it, its
/// status now, and the fingerprint of its content (SHA-256 of the canonical form), to compare with the one printed on
/// the page. It tells nothing of the content itself, and nothing at all of a PK not yet signed to a reader who may not
/// read it (<see cref="AgreementAccess.CanVerify"/>). Null when no agreement has this id.
/// </summary>
public sealed class VerifyAgreement(KinerjaDbContext db)
{
    public async Task<AgreementVerification?> ExecuteAsync(Actor actor, Guid agreementId, CancellationToken cancellationToken = default)
    {
        var agreement = await db.Agreements.AsNoTracking().WithDetails().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
            return null;
        if (!AgreementAccess.Of(actor, agreement).CanVerify)
            return new AgreementVerification(agreement.Id, null);

        var amendedBy = await AgreementLoader.AmendmentAsync(db, actor, agreementId, cancellationToken);
        return new AgreementVerification(agreement.Id, new VerifiedAgreement(
            agreement.Year, agreement.Kind, agreement.Office, agreement.Region, agreement.FirstParty, agreement.SecondParty,
            agreement.SignedAt, agreement.SignedOn, agreement.Status, AgreementFingerprint.Compute(agreement), amendedBy is not null));
    }
}
