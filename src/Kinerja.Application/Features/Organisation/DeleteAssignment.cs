using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>Deletes an assignment entered by mistake (an ended one is kept with its end date); administrators only.</summary>
public sealed class DeleteAssignment(KinerjaDbContext db)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid assignmentId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null)
            return Result.NotFound();

        db.Assignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
