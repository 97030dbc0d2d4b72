using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>
/// Assigns a person to a position over a period (<c>assignmentId</c> null) or corrects an assignment;
/// refused when two definitive assignments of the position would overlap; administrators only.
/// </summary>
public sealed class SaveAssignment(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid? assignmentId, Guid personId, Guid positionId, DateOnly from, DateOnly? to, AssignmentKind kind, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var position = await db.Positions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == positionId, cancellationToken);
        if (position is null)
            return Result.Invalid(ApplicationMessages.PositionNotFound);
        if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
            return Result.Invalid(ApplicationMessages.PersonNotFound);

        var others = await db.Assignments.Where(a => a.PositionId == positionId && a.Id != assignmentId).ToListAsync(cancellationToken);
        Assignment assignment;
        if (assignmentId is { } id)
        {
            var found = await db.Assignments.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (found is null || found.PersonId != personId || found.PositionId != positionId)
                return Result.NotFound();
            var changed = found.Change(from, to, kind);
            if (!changed.Success)
                return Result.Invalid(changed.Errors);
            assignment = found;
        }
        else
        {
            var created = Assignment.Create(personId, positionId, from, to, kind);
            if (!created.Success)
                return Result.Invalid(created.Errors);
            assignment = created.Value!;
            db.Assignments.Add(assignment);
        }

        var problems = AssignmentRegister.Validate([.. others, assignment], _ => position.Title);
        if (problems.Count > 0)
            return Result.Invalid(problems);

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(assignment.Id);
    }
}
