using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>Records the date a region's budget for a year was approved (the PK deadline is one month later); administrators only.</summary>
public sealed class SetBudgetApproval(KinerjaDbContext db)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid regionId, int year, DateOnly approvedOn, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
            return Result.NotFound();

        var approval = await db.BudgetApprovals.SingleOrDefaultAsync(b => b.RegionId == regionId && b.Year == year, cancellationToken);
        if (approval is null)
            db.BudgetApprovals.Add(new BudgetApproval(regionId, year, approvedOn));
        else
            approval.Change(approvedOn);

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
