using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Reviews;

/// <summary>A note on an agreement by an evaluator, an administrator or an official who is a party; answers its id.</summary>
public sealed class AddReviewNote(KinerjaDbContext db, TimeProvider clock)
{
    public async Task<Result<Guid>> ExecuteAsync(Actor actor, Guid agreementId, ReviewNoteKind kind, string text, CancellationToken cancellationToken = default)
    {
        var (agreement, failure) = await AgreementLoader.LoadAsync(db, actor, agreementId, AgreementAction.AddReviewNote, tracked: false, cancellationToken);
        if (failure is not null)
            return failure;

        var note = ReviewNote.Create(agreement!.Id, actor.UserId, actor.Name, kind, text, clock.GetUtcNow());
        if (!note.Success)
            return Result.Invalid(note.Errors);

        db.ReviewNotes.Add(note.Value!);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(note.Value!.Id);
    }
}
