using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Submitted → Draft: the operator of the office takes a submission back before Pihak Kedua approves or returns it.</summary>
public sealed class WithdrawAgreement(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Withdraw, a => a.Withdraw(), cancellationToken);
}
