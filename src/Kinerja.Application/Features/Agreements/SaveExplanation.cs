using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Adds a Lampiran 2 explanation (<c>index</c> null) or replaces the one at <c>index</c> (from 0).</summary>
public sealed class SaveExplanation(KinerjaDbContext db)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, int? index, SasaranExplanation explanation, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(
            db,
            actor,
            agreementId,
            AgreementAction.Edit,
            a => index is { } i ? a.UpdateExplanation(i, explanation) : a.AddExplanation(explanation),
            cancellationToken);
}
