using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// For an office and a year: every position of the office that has no Signed or Published PK (an office without any
/// PK lists all its positions; a head of region, who signs the pemda-level PK alone, is listed too), and the delay. The deadline is one month after the budget approval date that the administrator
/// records per region and year (<see cref="Domain.Organisation.BudgetApproval"/>, see <c>SetBudgetApproval</c>);
/// without it the delay is unknown (null). Readable by whoever reads the office's drafts.
/// </summary>
public sealed class MissingAgreements(KinerjaDbContext db, TimeProvider clock)
{
    public async Task<Result<MissingAgreementsReport>> ExecuteAsync(
        Actor actor, Guid officeId, int year, DateOnly? today = null, CancellationToken cancellationToken = default)
    {
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken);
        if (office is null || !new AgreementAccess(actor, new AgreementFacts(officeId, AgreementStatus.Draft, null, null)).CanRead)
            return Result.NotFound();

        var positions = await db.Positions.AsNoTracking()
            .Where(p => p.OfficeId == officeId)
            .OrderBy(p => p.Title)
            .ToListAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.Year == year && a.FirstParty.PositionId != null && a.OfficeId == officeId)
            .Select(a => new { a.Id, PositionId = a.FirstParty.PositionId!.Value, a.Status, a.Revision })
            .ToListAsync(cancellationToken);

        var missing = new List<MissingAgreement>();
        foreach (var position in positions)
        {
            var own = agreements.Where(a => a.PositionId == position.Id).OrderByDescending(a => a.Revision).ToList();
            if (own.Any(a => a.Status is AgreementStatus.Signed or AgreementStatus.Published))
                continue;
            var current = own.FirstOrDefault();
            missing.Add(new MissingAgreement(position.Id, position.Title, current?.Id, current?.Status));
        }

        var approval = await db.BudgetApprovals.AsNoTracking().SingleOrDefaultAsync(b => b.RegionId == office.RegionId && b.Year == year, cancellationToken);
        var date = today ?? RegionTime.Today(clock);
        return Result<MissingAgreementsReport>.Ok(new MissingAgreementsReport(
            office.Id, office.Name, year, approval?.Deadline, missing.Count == 0 ? 0 : approval?.DaysPastDeadline(date), missing));
    }
}
