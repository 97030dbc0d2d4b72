using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Links a Lampiran 2 explanation (by its place, from 0) to the sasaran an editor chose, or unlinks it (null).</summary>
public sealed class LinkExplanation(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, int index, Guid? sasaranId, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, a => a.LinkExplanation(index, sasaranId), cancellationToken);
}
