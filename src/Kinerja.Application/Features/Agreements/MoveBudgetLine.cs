using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Moves a budget line to position <c>index</c> (from 0) in the agreement's budget table.</summary>
public sealed class MoveBudgetLine(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, Guid budgetLineId, int index, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, a => a.MoveBudgetLine(budgetLineId, index), cancellationToken);
}
