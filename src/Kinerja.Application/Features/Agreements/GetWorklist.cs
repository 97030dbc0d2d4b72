using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The actor's <see cref="Worklist"/>: the agreements they may read in a status that waits for someone, sorted by what
/// <see cref="AgreementAccess"/> lets this actor do with each (the one place that says who approves, signs, submits).
/// The public has nothing waiting.
/// </summary>
public sealed class GetWorklist(KinerjaDbContext db)
{
    public async Task<Worklist> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.IsPublic)
            return Worklist.Empty;

        var evaluator = actor.Has(Role.Evaluator);
        var rows = await db.Agreements.AsNoTracking()
            .Where(AgreementAccess.ReadableBy(actor))
            .Where(a => evaluator || (a.Status != AgreementStatus.Signed && a.Status != AgreementStatus.Published))
            .Select(a => new
            {
                Item = new AgreementListItem(
                    a.Id, a.Year, a.Kind, a.Revision, a.Status, a.OfficeId, a.Office, a.FirstParty.PrintedName, a.FirstParty.Position,
                    a.SecondParty.PrintedName, a.SecondParty.Position, a.SignedAt, a.SupersedesId),
                Facts = new AgreementFacts(a.OfficeId, a.Status, a.FirstParty.PersonId, a.SecondParty.PersonId),
            })
            .ToListAsync(cancellationToken);

        var sorted = rows.OrderBy(r => r.Item.Year).ThenBy(r => r.Item.Office, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Item.FirstPartyPosition, StringComparer.OrdinalIgnoreCase)
            .Select(r => (r.Item, Access: new AgreementAccess(actor, r.Facts)))
            .ToList();
        List<AgreementListItem> Where(Func<AgreementAccess, bool> waits) => sorted.Where(r => waits(r.Access)).Select(r => r.Item).ToList();

        var toEvaluate = evaluator ? await NotEvaluatedAsync(sorted.Where(r => r.Item.Status is AgreementStatus.Signed or AgreementStatus.Published).Select(r => r.Item).ToList(), cancellationToken) : [];
        return new Worklist(
            Where(a => a.CanApprove),
            Where(a => a.CanSign),
            Where(a => a.CanSubmit),
            Where(a => a.CanWithdraw),
            toEvaluate);
    }

    /// <summary>Signed or published agreements with neither an evaluation (of the agreement, or of its office and year) nor an evaluator's note.</summary>
    private async Task<List<AgreementListItem>> NotEvaluatedAsync(List<AgreementListItem> done, CancellationToken cancellationToken)
    {
        var evaluations = await db.Evaluations.AsNoTracking().Select(e => new { e.OfficeId, e.Year, e.AgreementId }).ToListAsync(cancellationToken);
        var noted = (await db.ReviewNotes.AsNoTracking().Where(n => n.Kind == ReviewNoteKind.CatatanEvaluasi).Select(n => n.AgreementId).ToListAsync(cancellationToken)).ToHashSet();
        return done.Where(a => !noted.Contains(a.Id)
                && !evaluations.Any(e => e.AgreementId == a.Id || (e.AgreementId == null && e.OfficeId == a.OfficeId && e.Year == a.Year)))
            .ToList();
    }
}
