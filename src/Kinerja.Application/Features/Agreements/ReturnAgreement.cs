using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Submitted → Returned by Pihak Kedua (or an administrator); the note is kept as a review note "Pengembalian".</summary>
public sealed class ReturnAgreement(KinerjaDbContext db, TimeProvider clock)
{
    public Task<Result> ExecuteAsync(Actor actor, Guid agreementId, string note, CancellationToken cancellationToken = default) =>
        AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Return, agreement =>
        {
            var outcome = agreement.Return(note);
            if (outcome.Success)
                db.ReviewNotes.Add(ReviewNote.Create(agreement.Id, actor.UserId, actor.Name, ReviewNoteKind.Pengembalian, note, clock.GetUtcNow()).Value!);
            return outcome;
        }, cancellationToken);
}
