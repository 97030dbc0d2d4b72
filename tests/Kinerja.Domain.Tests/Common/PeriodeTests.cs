using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public sealed class PeriodeTests
{
    [Fact]
    public void WholeYear_RunsFromJanuaryToDecember()
    {
        var year = Periode.WholeYear(2025);

        Assert.True(year.IsWholeYear);
        Assert.Null(year.Triwulan);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (year.Start, year.End));
        Assert.Equal("Tahun 2025", year.Label);
    }

    [Fact]
    public void AQuarter_IsAPeriodWithinItsYear()
    {
        Periode second = Triwulan.Of(2025, 2);

        Assert.False(second.IsWholeYear);
        Assert.Equal("Triwulan II 2025", second.Label);
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), (second.Start, second.End));
        Assert.True(Periode.WholeYear(2025).Covers(second));
        Assert.False(second.Covers(Periode.WholeYear(2025)));
        Assert.False(Periode.WholeYear(2024).Covers(second));
        Assert.True(second.Contains(new DateOnly(2025, 5, 17)));
        Assert.False(second.Contains(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void Periods_AreOrderedByStart_AQuarterBeforeTheYearItBegins()
    {
        var year = Periode.WholeYear(2025);
        Periode first = Triwulan.Of(2025, 1);
        Periode fourth = Triwulan.Of(2025, 4);
        Periode previous = Triwulan.Of(2024, 4);

        Assert.Equal([previous, first, year, fourth], new[] { fourth, year, first, previous }.Order());
        Assert.True(first < year);
        Assert.Equal(Periode.Of(Triwulan.Of(2025, 1)), first);
    }
}
