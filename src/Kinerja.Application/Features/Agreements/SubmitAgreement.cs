using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Draft or Returned → Submitted, by an operator of the office; refused while Lampiran 1 is incomplete.</summary>
public sealed class SubmitAgreement(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Submit, a => a.Submit(), cancellationToken);
}
