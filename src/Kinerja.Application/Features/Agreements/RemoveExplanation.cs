using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Removes the Lampiran 2 penjelasan of a sasaran; its section stays with the tables of its indicators.</summary>
public sealed class RemoveExplanation(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, Guid sasaranId, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, a => a.RemoveExplanation(sasaranId), cancellationToken);
}
