using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Measurement;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Scales;

/// <summary>
/// Sets the capaian scale of a region from a year on: creates it, or changes the one already set for that year.
/// Administrators only; a scale that does not hold together is refused with the core's reasons and nothing changes.
/// </summary>
public sealed class SaveAchievementScale(KinerjaDbContext db)
{
    public async Task<Result> ExecuteAsync(
        Actor actor,
        Guid regionId,
        int effectiveFromYear,
        IReadOnlyList<AchievementBand> bands,
        decimal? displayCap,
        CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        if (!await db.Regions.AnyAsync(r => r.Id == regionId, cancellationToken))
            return Result.NotFound();

        var scale = await db.AchievementScales
            .SingleOrDefaultAsync(s => s.RegionId == regionId && s.EffectiveFromYear == effectiveFromYear, cancellationToken);
        if (scale is null)
        {
            var created = AchievementScale.Create(regionId, effectiveFromYear, bands, displayCap);
            if (!created.Success)
                return Result.Invalid(created.Errors);
            db.AchievementScales.Add(created.Value!);
        }
        else
        {
            var changed = scale.Change(bands, displayCap);
            if (!changed.Success)
                return Result.Invalid(changed.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
