using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>
/// Merges a person recorded twice (<c>mergedId</c>, e.g. the name spelled another way) into <c>keptId</c>: every
/// assignment, agreement party and user account of the merged record moves to the kept one, then the merged record
/// is deleted (audited like every change); refused when it would break a rule of the register; administrators only.
/// </summary>
public sealed class MergePeople(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(Actor actor, Guid keptId, Guid mergedId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var kept = await db.People.SingleOrDefaultAsync(p => p.Id == keptId, cancellationToken);
        var merged = await db.People.SingleOrDefaultAsync(p => p.Id == mergedId, cancellationToken);
        if (kept is null || merged is null)
            return Result.NotFound();

        var positionIds = await db.Assignments.Where(a => a.PersonId == keptId || a.PersonId == mergedId).Select(a => a.PositionId).Distinct().ToListAsync(cancellationToken);
        var assignments = await db.Assignments.Where(a => positionIds.Contains(a.PositionId)).ToListAsync(cancellationToken);
        var titles = await db.Positions.AsNoTracking().Where(p => positionIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var outcome = RegisterMerge.People(kept, merged, assignments, id => titles.GetValueOrDefault(id) ?? string.Empty);
        if (!outcome.Success)
        {
            db.ChangeTracker.Clear();
            return keptId == mergedId ? Result.Invalid(outcome.Errors) : Result.Conflict(outcome.Errors);
        }

        db.Assignments.RemoveRange(outcome.Value!);
        var agreements = await db.Agreements
            .Where(a => a.FirstParty.PersonId == mergedId || a.SecondParty.PersonId == mergedId)
            .ToListAsync(cancellationToken);
        foreach (var agreement in agreements)
            agreement.ReplacePerson(mergedId, keptId);
        foreach (var user in await db.Users.Where(u => u.PersonId == mergedId).ToListAsync(cancellationToken))
            user.PersonId = keptId;

        db.People.Remove(merged);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(keptId);
    }
}
