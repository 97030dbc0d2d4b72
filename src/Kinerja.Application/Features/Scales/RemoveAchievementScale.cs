using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Scales;

/// <summary>Removes a scale; from its year on, the previous one (or the default) is in force again. Administrators only.</summary>
public sealed class RemoveAchievementScale(KinerjaDbContext db)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid scaleId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var scale = await db.AchievementScales.SingleOrDefaultAsync(s => s.Id == scaleId, cancellationToken);
        if (scale is null)
            return Result.NotFound();
        db.AchievementScales.Remove(scale);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
