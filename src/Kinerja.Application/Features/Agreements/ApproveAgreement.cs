using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// Submitted → Approved by Pihak Kedua (or an administrator) today in the region; refused while the agreement has Error
/// findings the approver did not acknowledge (errorsAcknowledged: the confirmation on the page).
/// </summary>
public sealed class ApproveAgreement(KinerjaDbContext db, TimeProvider clock, FindingsCache? findingsCache = null)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, bool errorsAcknowledged = false, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Approve, async (agreement, token) =>
            agreement.Approve(RegionTime.Today(clock), await new AgreementFindings(db, findingsCache ?? new FindingsCache()).AcknowledgementAsync(agreement, errorsAcknowledged, token)), cancellationToken);
}
