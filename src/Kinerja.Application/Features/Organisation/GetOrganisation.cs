using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>
/// The register: everything for an administrator or evaluator; for an operator or official their office (with the
/// positions its PKs report to and the people assigned to its positions); nothing for the public (Forbidden).
/// </summary>
public sealed class GetOrganisation(KinerjaDbContext db)
{
    public async Task<Result<OrganisationView>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.IsPublic)
            return Result.Forbidden();

        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var positions = await db.Positions.AsNoTracking().OrderBy(p => p.Title).ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().OrderBy(a => a.From).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        if (!actor.Has(Role.Administrator) && !actor.Has(Role.Evaluator))
        {
            var own = positions.Where(p => p.OfficeId == actor.OfficeId).ToList();
            var superiors = own.Select(p => p.SuperiorId).OfType<Guid>().ToHashSet();
            positions = positions.Where(p => p.OfficeId == actor.OfficeId || superiors.Contains(p.Id)).ToList();
            var positionIds = positions.Select(p => p.Id).ToHashSet();
            assignments = assignments.Where(a => positionIds.Contains(a.PositionId)).ToList();
            var personIds = assignments.Select(a => a.PersonId).ToHashSet();
            people = people.Where(p => personIds.Contains(p.Id)).ToList();
            offices = offices.Where(o => o.Id == actor.OfficeId).ToList();
        }

        return Result<OrganisationView>.Ok(new OrganisationView(regions, offices, positions, people, assignments));
    }
}
