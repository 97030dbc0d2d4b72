using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Writes the Lampiran 2 penjelasan of a sasaran (its uraian), adding the sasaran's explanation when it has none.</summary>
public sealed class SaveExplanation(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, Guid sasaranId, string description, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, a => a.SetExplanation(sasaranId, description), cancellationToken);
}
