using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public sealed class TriwulanTests
{
    [Theory]
    [InlineData(1, "Triwulan I", 1, 1, 3, 31)]
    [InlineData(2, "Triwulan II", 4, 1, 6, 30)]
    [InlineData(3, "Triwulan III", 7, 1, 9, 30)]
    [InlineData(4, "Triwulan IV", 10, 1, 12, 31)]
    public void Quarters_HaveTheirLabelAndDays(int number, string label, int startMonth, int startDay, int endMonth, int endDay)
    {
        var triwulan = Triwulan.Of(2025, number);

        Assert.Equal(label, triwulan.Label);
        Assert.Equal(new DateOnly(2025, startMonth, startDay), triwulan.Start);
        Assert.Equal(new DateOnly(2025, endMonth, endDay), triwulan.End);
        Assert.Equal(label + " 2025", triwulan.ToString());
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 31, 1)]
    [InlineData(4, 1, 2)]
    [InlineData(6, 30, 2)]
    [InlineData(7, 1, 3)]
    [InlineData(9, 30, 3)]
    [InlineData(10, 1, 4)]
    [InlineData(12, 31, 4)]
    public void Containing_FindsTheQuarterOfADate(int month, int day, int expected)
    {
        var date = new DateOnly(2024, month, day);
        var triwulan = Triwulan.Containing(date);

        Assert.Equal((2024, expected), (triwulan.Year, triwulan.Number));
        Assert.True(triwulan.Contains(date));
        Assert.False(triwulan.Next().Contains(date));
    }

    [Theory]
    [InlineData("I", 1)]
    [InlineData("iv", 4)]
    [InlineData("Triwulan III", 3)]
    [InlineData("TW II", 2)]
    [InlineData(" 4 ", 4)]
    public void Parse_ReadsWhatPeopleWrite(string text, int expected) =>
        Assert.Equal(Triwulan.Of(2025, expected), Triwulan.Parse(text, 2025).Value);

    [Theory]
    [InlineData("V")]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("")]
    [InlineData("Triwulan")]
    public void Parse_RefusesOtherTextInIndonesian(string text)
    {
        var result = Triwulan.Parse(text, 2025);

        Assert.False(result.Success);
        Assert.Equal($"\"{text}\" bukan triwulan yang sah: tulis I, II, III atau IV.", result.Error);
    }

    [Fact]
    public void Of_RefusesANumberOutsideOneToFour() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Triwulan.Of(2025, 5));

    [Fact]
    public void Quarters_AreOrderedByYearThenNumber_AndWalkAcrossTheYear()
    {
        var fourth2024 = Triwulan.Of(2024, 4);
        var first2025 = Triwulan.Of(2025, 1);

        Assert.True(fourth2024 < first2025);
        Assert.True(Triwulan.Of(2025, 2) > first2025);
        Assert.Equal(first2025, fourth2024.Next());
        Assert.Equal(fourth2024, first2025.Previous());
        Assert.Equal([1, 2, 3, 4], Triwulan.OfYear(2025).Select(t => t.Number));
        Assert.Equal([fourth2024, first2025, Triwulan.Of(2025, 3)], new[] { Triwulan.Of(2025, 3), first2025, fourth2024 }.Order());
    }
}
