using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Scales;

/// <summary>
/// Removes a scale and answers the year it applied from; from that year on, the previous one (or the default) is in
/// force again. Administrators only.
/// </summary>
public sealed class RemoveAchievementScale(KinerjaDbContext db)
{
    public async Task<Result<int>> ExecuteAsync(Actor actor, Guid scaleId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var scale = await db.AchievementScales.SingleOrDefaultAsync(s => s.Id == scaleId, cancellationToken);
        if (scale is null)
            return Result.NotFound();
        db.AchievementScales.Remove(scale);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(scale.EffectiveFromYear);
    }
}
