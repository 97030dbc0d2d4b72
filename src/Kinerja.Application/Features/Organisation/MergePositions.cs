using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>
/// Merges a position recorded twice (<c>mergedId</c>, e.g. imported under another spelling) into <c>keptId</c> of the
/// same office: its assignments, the positions reporting to it and the agreement parties linked to it move to the
/// kept one, then the merged record is deleted (audited like every change); refused across offices or when it
/// would break a rule of the register; administrators only.
/// </summary>
public sealed class MergePositions(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(Actor actor, Guid keptId, Guid mergedId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var positions = await db.Positions.ToListAsync(cancellationToken);
        var kept = positions.SingleOrDefault(p => p.Id == keptId);
        var merged = positions.SingleOrDefault(p => p.Id == mergedId);
        if (kept is null || merged is null)
            return Result.NotFound();

        var assignments = await db.Assignments.Where(a => a.PositionId == keptId || a.PositionId == mergedId).ToListAsync(cancellationToken);
        var outcome = RegisterMerge.Positions(kept, merged, positions, assignments);
        if (!outcome.Success)
        {
            db.ChangeTracker.Clear();
            return keptId == mergedId ? Result.Invalid(outcome.Errors) : Result.Conflict(outcome.Errors);
        }

        db.Assignments.RemoveRange(outcome.Value!);
        var agreements = await db.Agreements
            .Where(a => a.FirstParty.PositionId == mergedId || a.SecondParty.PositionId == mergedId)
            .ToListAsync(cancellationToken);
        foreach (var agreement in agreements)
            agreement.ReplacePosition(mergedId, keptId);

        db.Positions.Remove(merged);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(keptId);
    }
}
