using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// What every use case on one agreement does first and last: load it with its details, answer NotFound when it is
/// absent or the actor cannot read it, Forbidden when the actor does not hold the action; then apply the change and
/// save, answering Conflict when the agreement's status refuses it and Invalid when the input does.
/// </summary>
internal static class AgreementLoader
{
    public static async Task<(Agreement? Agreement, Result? Failure)> LoadAsync(
        KinerjaDbContext db, Actor actor, Guid agreementId, AgreementAction action, bool tracked, CancellationToken cancellationToken)
    {
        var agreements = tracked ? db.Agreements : db.Agreements.AsNoTracking();
        var agreement = await agreements.WithDetails().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        return Allow(actor, agreement, action);
    }

    /// <summary>What <see cref="LoadAsync"/> answers for an agreement already loaded (or null when there is none).</summary>
    public static (Agreement? Agreement, Result? Failure) Allow(Actor actor, Agreement? agreement, AgreementAction action)
    {
        if (agreement is null)
            return (null, Result.NotFound());

        var access = AgreementAccess.Of(actor, agreement);
        if (!access.CanRead)
            return (null, Result.NotFound());
        if (action != AgreementAction.Read && !access.Holds(action))
            return (null, Result.Forbidden());
        return (agreement, null);
    }

    /// <summary>
    /// The amendment that supersedes an agreement, when the actor may read it: the public learns of an amendment only
    /// once it is published, the office as soon as it is drafted.
    /// </summary>
    public static Task<Guid?> AmendmentAsync(KinerjaDbContext db, Actor actor, Guid agreementId, CancellationToken cancellationToken) =>
        db.Agreements.Where(a => a.SupersedesId == agreementId).Where(AgreementAccess.ReadableBy(actor))
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);

    public static Task<Result> ChangeAsync(
        KinerjaDbContext db, Actor actor, Guid agreementId, AgreementAction action, Func<Agreement, Outcome> change, CancellationToken cancellationToken) =>
        ChangeAsync(db, actor, agreementId, action, (agreement, _) => Task.FromResult(change(agreement)), cancellationToken);

    /// <summary>As above, for a change that first reads more (e.g. the findings or the superseded version).</summary>
    public static async Task<Result> ChangeAsync(
        KinerjaDbContext db, Actor actor, Guid agreementId, AgreementAction action, Func<Agreement, CancellationToken, Task<Outcome>> change, CancellationToken cancellationToken)
    {
        var (agreement, failure) = await LoadAsync(db, actor, agreementId, action, tracked: true, cancellationToken);
        if (failure is not null)
            return failure;

        var statusAllows = AgreementAccess.StatusAllows(action, agreement!.Status);
        var outcome = await change(agreement, cancellationToken);
        if (!outcome.Success)
        {
            // A refused change leaves nothing behind for a later save on the same context.
            db.ChangeTracker.Clear();
            return statusAllows ? Result.Invalid(outcome.Errors) : Result.Conflict(outcome.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
