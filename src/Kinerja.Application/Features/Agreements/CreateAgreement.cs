using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// Starts the PK of a position for a year, as a Draft with its parties filled from the position's superior and who
/// holds both positions on <c>on</c> (default today; see <see cref="AgreementDraft"/>). By an operator of the
/// position's office or an administrator; answers the new agreement's id. Conflict when it already exists.
/// </summary>
public sealed class CreateAgreement(KinerjaDbContext db, TimeProvider clock)
{
    public async Task<Result<Guid>> ExecuteAsync(Actor actor, Guid positionId, int year, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var position = await db.Positions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == positionId, cancellationToken);
        if (position is null || !MaySee(actor, position.OfficeId))
            return Result.NotFound();
        if (!AgreementAccess.CanCreateIn(actor, position.OfficeId))
            return Result.Forbidden();
        if (!FiscalYear.IsValid(year))
            return Result.Invalid(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.YearOutOfRange, year));

        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == position.OfficeId, cancellationToken);
        var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Id == office.RegionId, cancellationToken);
        var positionIds = new[] { position.Id, position.SuperiorId ?? position.Id };
        var positions = await db.Positions.AsNoTracking().Where(p => positionIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().Where(a => positionIds.Contains(a.PositionId)).ToListAsync(cancellationToken);
        var personIds = assignments.Select(a => a.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(cancellationToken);

        var draft = AgreementDraft.Create(year, position, office, region, positions, people, assignments, on ?? RegionTime.Today(clock));
        if (!draft.Success)
            return Result.Invalid(draft.Errors);

        var agreement = draft.Value!;
        if (await db.Agreements.WithKey(agreement.Key).AnyAsync(cancellationToken))
            return Result.Conflict(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.AgreementExists, position.Title, year));

        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(agreement.Id);
    }

    /// <summary>An operator or official sees only their own office's positions; others see all.</summary>
    internal static bool MaySee(Actor actor, Guid officeId) =>
        !(actor.Has(Role.Operator) || actor.Has(Role.Official)) || actor.Has(Role.Administrator) || actor.Has(Role.Evaluator) || actor.OfficeId == officeId;
}
