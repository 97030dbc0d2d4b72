using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Documents.Measurement;
using Kinerja.Domain.Measurement;
using Kinerja.Domain.Measurement.Review;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Measurement;

/// <summary>
/// Reviews a capaian table a report published (CSV or XLSX, see <see cref="CapaianTableReader"/>) against the capaian
/// scale of a region and year: the stored scale when the database holds one, else the default of DOMAIN.md §4. One
/// path for the command line and the web. Without a database (<see cref="Default"/>) the default scale is used.
/// </summary>
public sealed class ReviewCapaianTable(KinerjaDbContext db)
{
    /// <summary>The review on the default scale, without a database.</summary>
    public static Result<IReadOnlyList<ReviewedCapaian>> Default(byte[] content) =>
        Review(content, AchievementScale.Default(Guid.Empty));

    /// <summary>
    /// The review on the scale of the region named <paramref name="regionName"/> (or the only region, when there is one
    /// and none is named) for <paramref name="year"/>.
    /// </summary>
    public async Task<Result<IReadOnlyList<ReviewedCapaian>>> ExecuteAsync(byte[] content, string? regionName, int year, CancellationToken cancellationToken = default)
    {
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        var named = string.IsNullOrWhiteSpace(regionName) ? regions : [.. regions.Where(r => r.IsNamed(regionName))];
        if (named.Count == 0 && !string.IsNullOrWhiteSpace(regionName))
            return Result.Invalid(string.Format(CultureInfo.InvariantCulture, MeasurementMessages.RegionUnknown, regionName.Trim(), Names(regions)));
        if (named.Count > 1)
            return Result.Invalid(string.Format(CultureInfo.InvariantCulture, MeasurementMessages.RegionAmbiguous, Names(named)));

        var scale = AchievementScale.Default(Guid.Empty);
        if (named.Count == 1)
        {
            var regionId = named[0].Id;
            var scales = await db.AchievementScales.AsNoTracking()
                .Where(s => s.RegionId == regionId && s.EffectiveFromYear <= year)
                .ToListAsync(cancellationToken);
            scale = AchievementScale.For(scales, regionId, year);
        }

        return Review(content, scale);
    }

    private static Result<IReadOnlyList<ReviewedCapaian>> Review(byte[] content, AchievementScale scale)
    {
        var table = CapaianTableReader.Read(content);
        return table.Refused
            ? Result.Invalid(table.Refusal!)
            : Result<IReadOnlyList<ReviewedCapaian>>.Ok(CapaianReview.Review(table.Rows, scale));
    }

    private static string Names(IEnumerable<Domain.Organisation.Region> regions) =>
        string.Join(", ", regions.Select(r => r.Name).Order(StringComparer.Ordinal));
}
