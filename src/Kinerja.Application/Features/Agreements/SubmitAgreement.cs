using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// Draft or Returned → Submitted, by an operator of the office; refused while Lampiran 1 is incomplete, for an
/// amendment without its date or without a change from the version it amends, and while the agreement has Error
/// findings the operator did not acknowledge (errorsAcknowledged: the confirmation on the page).
/// </summary>
public sealed class SubmitAgreement(KinerjaDbContext db, FindingsCache? findingsCache = null)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, bool errorsAcknowledged = false, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Submit, async (agreement, token) =>
        {
            var errors = await new AgreementFindings(db, findingsCache ?? new FindingsCache()).AcknowledgementAsync(agreement, errorsAcknowledged, token);
            var superseded = agreement.SupersedesId is { } previous
                ? await db.Agreements.AsNoTracking().WithDetails().SingleOrDefaultAsync(a => a.Id == previous, token)
                : null;
            return agreement.Submit(errors, superseded);
        }, cancellationToken);
}
