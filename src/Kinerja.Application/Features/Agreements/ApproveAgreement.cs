using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Submitted → Approved by Pihak Kedua (or an administrator).</summary>
public sealed class ApproveAgreement(KinerjaDbContext db, TimeProvider clock)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Approve, a => a.Approve(RegionTime.Today(clock.GetUtcNow())), cancellationToken);
}
