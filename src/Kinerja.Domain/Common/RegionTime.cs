namespace Kinerja.Domain.Common;

/// <summary>
/// The time zone of the region Kinerja serves, and the one place where "now" and "today" are computed: WIB (UTC+7),
/// WITA (UTC+8, Sulawesi Selatan, the default) or WIT (UTC+9), whatever the server's own time zone. A PK signed at
/// 07:00 in Luwu Timur is signed on that day, not on the day before as in UTC. Indonesia keeps no daylight saving
/// time, so a fixed offset is exact. Read the clock through <see cref="Now(TimeProvider)"/>, <see cref="Today(TimeProvider)"/>
/// and <see cref="Year(TimeProvider)"/>: the zone is the one of a <see cref="RegionClock"/>, WITA for any other clock.
/// </summary>
public sealed class RegionTime
{
    public static readonly RegionTime Wib = new("WIB", 7);
    public static readonly RegionTime Wita = new("WITA", 8);
    public static readonly RegionTime Wit = new("WIT", 9);

    private RegionTime(string abbreviation, int hours)
    {
        Abbreviation = abbreviation;
        Offset = TimeSpan.FromHours(hours);
    }

    /// <summary>WITA: the samples and the first users are in Sulawesi Selatan.</summary>
    public static RegionTime Default => Wita;

    public static IReadOnlyList<RegionTime> All { get; } = [Wib, Wita, Wit];

    /// <summary>"WIB", "WITA", "WIT": as printed after a time of day and as written in the configuration.</summary>
    public string Abbreviation { get; }

    public TimeSpan Offset { get; }

    /// <summary>The zone named "WIB", "WITA" or "WIT" (any case); null for anything else.</summary>
    public static RegionTime? Parse(string? name) =>
        All.FirstOrDefault(zone => string.Equals(zone.Abbreviation, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The zone of the setting <c>Kinerja:TimeZone</c> (<c>Kinerja__TimeZone</c>): the default when empty; a name that is
    /// not WIB, WITA or WIT stops the start with an Indonesian message rather than silently using another zone.
    /// </summary>
    public static RegionTime FromSetting(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? Default
            : Parse(name) ?? throw new InvalidOperationException(string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.TimeZoneUnknown, name));

    /// <summary>The region's zone of <paramref name="clock"/>: that of a <see cref="RegionClock"/>, else the default.</summary>
    public static RegionTime Of(TimeProvider clock) => clock is RegionClock region ? region.Region : Default;

    /// <summary>The time it is now in the region of <paramref name="clock"/>.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(clock).Local(clock.GetUtcNow());
    }

    /// <summary>The day it is in the region of <paramref name="clock"/>: the default date of a signature, an approval, a new PK.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>The year it is in the region of <paramref name="clock"/>: the default year of the pages.</summary>
    public static int Year(TimeProvider clock) => Today(clock).Year;

    /// <summary><paramref name="at"/> as the region's clocks show it.</summary>
    public DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);

    public override string ToString() => Abbreviation;
}

/// <summary>
/// A clock that knows the region's time zone: the application's <see cref="TimeProvider"/>, whose
/// <see cref="TimeProvider.GetLocalNow"/> is the region's time as well (see <see cref="RegionTime"/>).
/// </summary>
public sealed class RegionClock(TimeProvider inner, RegionTime region) : TimeProvider
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.CreateCustomTimeZone(region.Abbreviation, region.Offset, region.Abbreviation, region.Abbreviation);

    public RegionTime Region { get; } = region;

    public TimeProvider Inner { get; } = inner;

    public override TimeZoneInfo LocalTimeZone => zone;

    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow();

    public override long GetTimestamp() => Inner.GetTimestamp();

    public override long TimestampFrequency => Inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Inner.CreateTimer(callback, state, dueTime, period);
}
