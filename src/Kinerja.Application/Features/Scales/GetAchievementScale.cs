using Kinerja.Application.Common;
using Kinerja.Domain.Measurement;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Scales;

/// <summary>
/// The capaian scale in force in a region for a year: the latest one set effective by then, or the default of
/// DOMAIN.md §4. The scale is not confidential: whoever reads a capaian may know how it is judged.
/// </summary>
public sealed class GetAchievementScale(KinerjaDbContext db)
{
    public async Task<Result<AchievementScale>> ExecuteAsync(Guid regionId, int year, CancellationToken cancellationToken = default)
    {
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
            return Result.NotFound();
        var scales = await db.AchievementScales.AsNoTracking()
            .Where(s => s.RegionId == regionId && s.EffectiveFromYear <= year)
            .ToListAsync(cancellationToken);
        return Result<AchievementScale>.Ok(AchievementScale.For(scales, regionId, year));
    }
}
