using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Measurement;

/// <summary>
/// The categories capaian is judged by, and the cap above which it is shown as the cap (DOMAIN.md §4), both set by
/// the administrator per region. A scale applies from <see cref="EffectiveFromYear"/> until a later one takes over,
/// so changing the scale does not rewrite the judgements of earlier years.
/// </summary>
public sealed class AchievementScale
{
    public const int MinimumBands = 2;
    public const int MaximumBands = 10;
    public const int MaximumNameLength = 40;
    public const decimal LowestCap = 100;
    public const decimal HighestBound = 1000;

    private readonly List<AchievementBand> bands = [];

    private AchievementScale()
    {
    }

    private AchievementScale(Guid regionId, int effectiveFromYear, IEnumerable<AchievementBand> bands, decimal? displayCap)
    {
        RegionId = regionId;
        EffectiveFromYear = effectiveFromYear;
        DisplayCap = displayCap;
        this.bands.AddRange(bands);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid RegionId { get; private set; }

    public int EffectiveFromYear { get; private set; }

    /// <summary>The highest capaian shown, in percent; null: shown as computed.</summary>
    public decimal? DisplayCap { get; private set; }

    /// <summary>Highest category first; the last one has no minimum (validation keeps the minimums descending).</summary>
    public IReadOnlyList<AchievementBand> Bands => [.. bands.OrderByDescending(b => b.Minimum ?? decimal.MinValue)];

    /// <summary>DOMAIN.md §4: ≥ 91 Sangat Baik; 76–90 Baik; 66–75 Cukup; 51–65 Kurang; ≤ 50 Sangat Kurang; no cap.</summary>
    public static IReadOnlyList<AchievementBand> DefaultBands { get; } =
    [
        new("Sangat Baik", 91),
        new("Baik", 76),
        new("Cukup", 66),
        new("Kurang", 51),
        new("Sangat Kurang", null),
    ];

    /// <summary>The scale in force when the administrator has set none.</summary>
    public static AchievementScale Default(Guid regionId) => new(regionId, FiscalYear.Minimum, DefaultBands, null);

    public static Outcome<AchievementScale> Create(Guid regionId, int effectiveFromYear, IReadOnlyList<AchievementBand> bands, decimal? displayCap)
    {
        var errors = Validate(effectiveFromYear, bands, displayCap);
        return errors.Count == 0
            ? Outcome<AchievementScale>.Ok(new AchievementScale(regionId, effectiveFromYear, bands.Select(b => new AchievementBand(b.Name.Trim(), b.Minimum)), displayCap))
            : Outcome<AchievementScale>.Fail(errors);
    }

    /// <summary>The scale in force for <paramref name="year"/>: the latest one effective by then, or the default.</summary>
    public static AchievementScale For(IEnumerable<AchievementScale> scales, Guid regionId, int year) =>
        scales.Where(s => s.RegionId == regionId && s.EffectiveFromYear <= year)
            .OrderByDescending(s => s.EffectiveFromYear)
            .FirstOrDefault() ?? Default(regionId);

    /// <summary>Replaces the categories and the cap; nothing changes when refused.</summary>
    public Outcome Change(IReadOnlyList<AchievementBand> newBands, decimal? displayCap)
    {
        var errors = Validate(EffectiveFromYear, newBands, displayCap);
        if (errors.Count > 0)
            return Outcome.Fail(errors);
        bands.Clear();
        bands.AddRange(newBands.Select(b => new AchievementBand(b.Name.Trim(), b.Minimum)));
        DisplayCap = displayCap;
        return Outcome.Ok();
    }

    /// <summary>The category of a capaian: the first band, from the top, whose minimum it reaches.</summary>
    public string CategoryOf(decimal capaian)
    {
        var ordered = Bands;
        return (ordered.FirstOrDefault(b => b.Minimum is { } minimum && capaian >= minimum) ?? ordered[^1]).Name;
    }

    /// <summary>
    /// Judges a capaian as reports write it, to two decimals (half away from zero), so that the category always agrees
    /// with the figure shown: 90,996 is written 91,00 and is Sangat Baik on the default scale.
    /// </summary>
    public AssessedAchievement Assess(decimal capaian)
    {
        var written = decimal.Round(capaian, 2, MidpointRounding.AwayFromZero);
        var capped = DisplayCap is { } cap && written > cap;
        return new AssessedAchievement(written, capped ? DisplayCap!.Value : written, capped, CategoryOf(written));
    }

    /// <summary>Why a scale would not hold together, in Indonesian; empty when it does.</summary>
    public static IReadOnlyList<string> Validate(int effectiveFromYear, IReadOnlyList<AchievementBand> bands, decimal? displayCap)
    {
        var errors = new List<string>();
        if (!FiscalYear.IsValid(effectiveFromYear))
            errors.Add(Format(Messages.ScaleYearOutOfRange, effectiveFromYear, FiscalYear.Minimum, FiscalYear.Maximum));
        if (bands.Count is < MinimumBands or > MaximumBands)
            errors.Add(Format(Messages.ScaleBandCount, MinimumBands, MaximumBands));

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            var name = band.Name?.Trim() ?? string.Empty;
            var label = name.Length > 0 ? name : Format(Messages.ScaleBandOrdinal, i + 1);
            if (name.Length == 0)
                errors.Add(Format(Messages.ScaleBandNameRequired, i + 1));
            else if (name.Length > MaximumNameLength)
                errors.Add(Format(Messages.ScaleBandNameTooLong, name, MaximumNameLength));
            else if (!names.Add(name))
                errors.Add(Format(Messages.ScaleBandNameDuplicate, name));

            var last = i == bands.Count - 1;
            if (last && band.Minimum is not null)
                errors.Add(Format(Messages.ScaleLowestHasMinimum, label));
            else if (!last && band.Minimum is null)
                errors.Add(Format(Messages.ScaleBandMinimumRequired, label));
            else if (band.Minimum is { } minimum && (minimum <= 0 || minimum > HighestBound))
                errors.Add(Format(Messages.ScaleBandMinimumOutOfRange, label, IndonesianNumber.Format(HighestBound)));
            else if (i > 0 && band.Minimum is { } lower && bands[i - 1].Minimum is { } upper && lower >= upper)
                errors.Add(Format(Messages.ScaleBandsNotDescending, label, IndonesianNumber.Format(lower), bands[i - 1].Name?.Trim(), IndonesianNumber.Format(upper)));
        }

        if (displayCap is { } cap && (cap < LowestCap || cap > HighestBound))
            errors.Add(Format(Messages.ScaleDisplayCapOutOfRange, IndonesianNumber.Format(LowestCap), IndonesianNumber.Format(HighestBound)));
        return errors;
    }

    private static string Format(string message, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, message, arguments);
}
