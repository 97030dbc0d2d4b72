using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Measurement;

namespace Kinerja.Domain.Tests.Measurement;

public sealed class AchievementTests
{
    [Theory]
    [InlineData("100", "100", "100")]
    [InlineData("80", "60", "75")]
    [InlineData("10", "12", "120")]
    [InlineData("70,05", "70,05", "100")]
    public void Percent_HigherIsBetter_RealisationOverTarget(string target, string realisation, string expected) =>
        Assert.Equal(Number(expected), Achievement.Percent(Number(target), Number(realisation), Polarity.HigherIsBetter));

    [Theory]
    [InlineData("10", "8", "120")]
    [InlineData("10", "10", "100")]
    [InlineData("10", "15", "50")]
    [InlineData("10", "25", "-50")]
    public void Percent_LowerIsBetterDifference_TwiceTargetLessRealisation(string target, string realisation, string expected) =>
        Assert.Equal(Number(expected), Achievement.Percent(Number(target), Number(realisation), Polarity.LowerIsBetter));

    [Theory]
    [InlineData("10", "8", "125")]
    [InlineData("10", "20", "50")]
    public void Percent_LowerIsBetterRatio_TargetOverRealisation(string target, string realisation, string expected) =>
        Assert.Equal(Number(expected), Achievement.Percent(Number(target), Number(realisation), Polarity.LowerIsBetter, LowerIsBetterFormula.Ratio));

    [Fact]
    public void Percent_ZeroTarget_HasNoValue()
    {
        Assert.Null(Achievement.Percent(0, 5, Polarity.HigherIsBetter));
        Assert.Null(Achievement.Percent(0, 5, Polarity.LowerIsBetter));
    }

    [Fact]
    public void Percent_RatioWithZeroRealisation_HasNoValue() =>
        Assert.Null(Achievement.Percent(10, 0, Polarity.LowerIsBetter, LowerIsBetterFormula.Ratio));

    [Fact]
    public void Percent_AboveHundred_IsNotCapped() =>
        Assert.Equal(250m, Achievement.Percent(4, 10, Polarity.HigherIsBetter));

    private static decimal Number(string text) => IndonesianNumber.Parse(text).Value;
}
