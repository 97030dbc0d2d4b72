using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Measurement;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Scales;

/// <summary>The capaian scales the administrator has set, by region and newest year first; administrators only.</summary>
public sealed class ListAchievementScales(KinerjaDbContext db)
{
    public async Task<Result<IReadOnlyList<AchievementScale>>> ExecuteAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var scales = await db.AchievementScales.AsNoTracking().ToListAsync(cancellationToken);
        return Result<IReadOnlyList<AchievementScale>>.Ok([.. scales.OrderBy(s => s.RegionId).ThenByDescending(s => s.EffectiveFromYear)]);
    }
}
