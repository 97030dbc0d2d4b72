using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public sealed class RegionTimeTests
{
    /// <summary>23:30 UTC on 1 January: already 2 January from 06:30 WIB onwards, the same evening nowhere in Indonesia.</summary>
    private static readonly DateTimeOffset LateEveningUtc = new(2025, 1, 1, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("WIB", 2025, 1, 2, 6)]
    [InlineData("WITA", 2025, 1, 2, 7)]
    [InlineData("WIT", 2025, 1, 2, 8)]
    public void Today_At2330Utc_IsTheNextDayInEveryIndonesianZone(string zone, int year, int month, int day, int hour)
    {
        var clock = new RegionClock(new At(LateEveningUtc), RegionTime.Parse(zone)!);

        Assert.Equal(new DateOnly(year, month, day), RegionTime.Today(clock));
        Assert.Equal(hour, RegionTime.Now(clock).Hour);
        Assert.Equal(hour, clock.GetLocalNow().Hour);
    }

    [Fact]
    public void Today_OfAClockWithoutRegion_IsWita_NotTheServersZoneOrUtc()
    {
        var clock = new At(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 1), RegionTime.Today(clock));
        Assert.Equal(2026, RegionTime.Year(clock));
        Assert.Same(RegionTime.Wita, RegionTime.Of(clock));
    }

    [Fact]
    public void Today_JustBeforeMidnightInTheRegion_IsStillThatDay()
    {
        var clock = new RegionClock(new At(new DateTimeOffset(2025, 1, 1, 15, 59, 0, TimeSpan.Zero)), RegionTime.Wita);

        Assert.Equal(new DateOnly(2025, 1, 1), RegionTime.Today(clock));
    }

    [Theory]
    [InlineData("wib", "WIB")]
    [InlineData(" WITA ", "WITA")]
    [InlineData("Wit", "WIT")]
    public void Parse_ReadsTheThreeZones(string text, string expected) => Assert.Equal(expected, RegionTime.Parse(text)!.Abbreviation);

    [Theory]
    [InlineData("UTC")]
    [InlineData("Asia/Makassar")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_RefusesOtherNames(string? text) => Assert.Null(RegionTime.Parse(text));

    [Fact]
    public void FromSetting_IsWitaWhenUnset_AndRefusesAnUnknownZoneInIndonesian()
    {
        Assert.Same(RegionTime.Wita, RegionTime.FromSetting(null));
        Assert.Same(RegionTime.Wib, RegionTime.FromSetting("WIB"));
        var refused = Assert.Throws<InvalidOperationException>(() => RegionTime.FromSetting("CET"));
        Assert.Equal("Zona waktu \"CET\" tidak dikenal (Kinerja__TimeZone): pilih WIB, WITA atau WIT.", refused.Message);
    }

    /// <summary>A clock stopped at one instant (the domain tests take no test-infrastructure dependency).</summary>
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
