using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class IndonesianDateTests
{
    [Theory]
    [InlineData("2 Januari 2025", 2025, 1, 2)]
    [InlineData("01 Oktober 2025", 2025, 10, 1)]
    [InlineData("17 AGUSTUS 2024", 2024, 8, 17)]
    [InlineData("30 Nopember 2023", 2023, 11, 30)]
    public void Parse_MonthInWords_ReadsDate(string text, int year, int month, int day)
    {
        var result = IndonesianDate.Parse(text);

        Assert.True(result.Success, result.Error);
        Assert.Equal(new DateOnly(year, month, day), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("32 Januari 2025")]
    [InlineData("29 Februari 2025")]
    [InlineData("2 Foo 2025")]
    [InlineData("2025-01-02")]
    public void Parse_InvalidDate_Fails(string? text)
    {
        var result = IndonesianDate.Parse(text);

        Assert.False(result.Success);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void TryFind_DateInsideText_FindsItAndItsPosition()
    {
        var found = IndonesianDate.TryFind("LUWU TIMUR, 01 Oktober 2025", out var date, out var index);

        Assert.True(found);
        Assert.Equal(new DateOnly(2025, 10, 1), date);
        Assert.Equal(12, index);
    }

    [Fact]
    public void TryFind_NoDate_ReturnsFalse()
    {
        Assert.False(IndonesianDate.TryFind("Pihak Kedua;", out _, out var index));
        Assert.Equal(-1, index);
    }

    [Fact]
    public void Format_WritesDayMonthNameYear()
    {
        Assert.Equal("2 Januari 2025", IndonesianDate.Format(new DateOnly(2025, 1, 2)));
        Assert.Equal("1 Oktober 2025", IndonesianDate.Format(new DateOnly(2025, 10, 1)));
    }
}
