using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>The recorded budget approval dates (each with its PK deadline), newest year first; administrators only.</summary>
public sealed class ListBudgetApprovals(KinerjaDbContext db)
{
    public async Task<Result<IReadOnlyList<BudgetApproval>>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var approvals = await db.BudgetApprovals.AsNoTracking().OrderByDescending(b => b.Year).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<BudgetApproval>>.Ok(approvals);
    }
}
