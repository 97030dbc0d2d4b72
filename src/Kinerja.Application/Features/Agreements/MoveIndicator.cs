using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Moves an indicator to position <c>index</c> (from 0) within its sasaran.</summary>
public sealed class MoveIndicator(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, Guid indicatorId, int index, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, a => a.MoveIndicator(indicatorId, index), cancellationToken);
}
