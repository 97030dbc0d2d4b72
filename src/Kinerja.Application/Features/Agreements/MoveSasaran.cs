using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Moves a sasaran to position <c>index</c> (from 0); the sasaran are numbered again.</summary>
public sealed class MoveSasaran(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, Guid sasaranId, int index, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, a => a.MoveSasaran(sasaranId, index), cancellationToken);
}
