using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Verification;

/// <summary>
/// What the QR code on a printed PK leads to, for anyone holding the paper: which agreement it is, its status now,
/// and the fingerprint of its content (SHA-256 of the canonical form), to compare with the one printed on the page.
/// It tells nothing of the content itself; null when no agreement has this id.
/// </summary>
public sealed class VerifyAgreement(KinerjaDbContext db)
{
    public async Task<AgreementVerification?> ExecuteAsync(Guid agreementId, CancellationToken cancellationToken = default)
    {
        var agreement = await db.Agreements.AsNoTracking().WithDetails().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
            return null;
        var amendedBy = await db.Agreements.AsNoTracking().Where(a => a.SupersedesId == agreementId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return new AgreementVerification(
            agreement.Id, agreement.Year, agreement.Kind, agreement.Office, agreement.Region, agreement.FirstParty.Position,
            agreement.SecondParty.Position, agreement.SignedAt, agreement.Status, AgreementFingerprint.Compute(agreement), amendedBy);
    }
}
