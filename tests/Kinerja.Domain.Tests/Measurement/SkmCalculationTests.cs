using Kinerja.Domain.Measurement.Survey;

namespace Kinerja.Domain.Tests.Measurement;

public sealed class SkmCalculationTests
{
    /// <summary>
    /// Four respondents, two blank answers. NRR by hand: 3,5; 3,333…; 2,75; 3,666…; 3,5; 3,5; 4; 3,25; 2,75
    /// (Σ 30,25). SKM = 30,25 / 9 = 3,3611…; IKM = 84,027… → 84,03, mutu B (Baik). With the rounded weight 0,111
    /// it would be 83,94.
    /// </summary>
    [Fact]
    public void WorkedExample_WithBlankAnswers_UsesTheExactWeight()
    {
        IReadOnlyList<IReadOnlyList<int?>> answers =
        [
            [4, 4, 3, 3, 4, 4, 4, 3, 3],
            [3, 3, 3, null, 4, 3, 4, 3, 2],
            [4, 3, 2, 4, 3, 3, 4, 4, 3],
            [3, null, 3, 4, 3, 4, 4, 3, 3],
        ];

        var result = SkmCalculation.Compute(answers);

        Assert.Equal(4, result.Respondents);
        Assert.Equal([4, 3, 4, 3, 4, 4, 4, 4, 4], result.Answered);
        Assert.Equal(3.5m, result.Nrr[0]);
        Assert.Equal(10m / 3, result.Nrr[1]);
        Assert.Equal(4m, result.Nrr[6]);
        Assert.Equal(84.03m, result.Ikm);
        Assert.Equal("B", result.Quality!.Grade);
        Assert.Equal("Baik", result.Quality.Performance);
    }

    [Fact]
    public void AnUnsurNobodyAnswered_HasNoNrr_AndNoIkm()
    {
        var result = SkmCalculation.Compute([[4, 4, 4, 4, 4, 4, 4, 4, null]]);
        Assert.Null(result.Nrr[8]);
        Assert.Null(result.Ikm);
        Assert.Null(result.Quality);
    }

    [Theory]
    [InlineData(88.31, "A")]
    [InlineData(88.30, "B")]
    [InlineData(76.61, "B")]
    [InlineData(76.60, "C")]
    [InlineData(65.00, "C")]
    [InlineData(64.99, "D")]
    [InlineData(25.00, "D")]
    public void Grades_FollowTheConvertedValue(double ikm, string grade) =>
        Assert.Equal(grade, ServiceQuality.Of((decimal)ikm).Grade);

    [Theory]
    [InlineData(100, 80)]
    [InlineData(1000, 278)]
    [InlineData(100000, 383)]
    [InlineData(10, 10)]
    public void MinimumSample_KrejcieMorgan(int population, int sample) =>
        Assert.Equal(sample, SkmCalculation.MinimumSample(population));

    [Fact]
    public void Answers_OutOfRange_OrTooFew_AreRefusedInIndonesian()
    {
        Assert.Contains("harus 1 sampai 4", SkmCalculation.Validate([5, 4, 4, 4, 4, 4, 4, 4, 4]).Error, StringComparison.Ordinal);
        Assert.Contains("9 unsur", SkmCalculation.Validate([4, 4]).Error, StringComparison.Ordinal);
        Assert.False(SkmCalculation.Validate([null, null, null, null, null, null, null, null, null]).Success);
    }
}
