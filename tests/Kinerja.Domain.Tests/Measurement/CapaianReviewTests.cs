using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Measurement;
using Kinerja.Domain.Measurement.Review;

namespace Kinerja.Domain.Tests.Measurement;

/// <summary>Each case computed by hand from the printed target and realisation (DOMAIN.md §4).</summary>
public sealed class CapaianReviewTests
{
    private static readonly AchievementScale Scale = AchievementScale.Default(Guid.Empty);

    private static ReviewedCapaian Review(string direction, string target, string realisation, string? published) =>
        CapaianReview.Review(new PublishedCapaianRow(1, "Indikator uji", "%", direction, target, realisation, published), Scale);

    [Fact]
    public void APublishedCapaianThatFollows_HasNoFinding_AndIsCategorised()
    {
        // 88,94 / 82,5 × 100 = 107,806… → 107,81
        var row = Review("Makin tinggi makin baik", "82,5", "88,94", "107,81");

        Assert.Equal(107.81m, row.Capaian);
        Assert.Equal("Sangat Baik", row.Category);
        Assert.Equal(107.81m, row.PublishedCapaian);
        Assert.Empty(row.Findings);
    }

    [Theory]
    [InlineData("107,8")]
    [InlineData("108")]
    [InlineData("107,80%")]
    public void APublishedCapaianPrintedWithFewerDecimals_Follows(string published) =>
        Assert.Empty(Review("naik", "82,5", "88,94", published).Findings);

    [Fact]
    public void LowerIsBetter_ByTheDefaultFormula_Follows()
    {
        // (2 × 10 − 8) / 10 × 100 = 120
        var row = Review("Makin rendah makin baik", "10", "8", "120");
        Assert.Equal(Polarity.LowerIsBetter, row.Direction);
        Assert.Equal(120m, row.Capaian);
        Assert.Empty(row.Findings);
    }

    [Fact]
    public void LowerIsBetter_ByTheAlternativeFormula_IsInfo()
    {
        // 10 / 8 × 100 = 125
        var finding = Assert.Single(Review("turun", "10", "8", "125,00").Findings);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(FindingCodes.ReviewAlternativeFormula, finding.Code);
        Assert.Contains("120,00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LowerIsBetter_ComputedAsHigherIsBetter_SaysTheDirectionLooksReversed()
    {
        // 8 / 10 × 100 = 80, the higher-is-better figure; it should be 120
        var finding = Assert.Single(Review("negatif", "10", "8", "80").Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(FindingCodes.ReviewDirectionReversed, finding.Code);
        Assert.Contains("120,00", finding.Message, StringComparison.Ordinal);
        Assert.Equal("baris 1", finding.Location);
    }

    [Theory]
    [InlineData("120")]
    [InlineData("125")]
    public void HigherIsBetter_ComputedByALowerFormula_SaysTheDirectionLooksReversed(string published)
    {
        var finding = Assert.Single(Review("positif", "10", "8", published).Findings);
        Assert.Equal(FindingCodes.ReviewDirectionReversed, finding.Code);
        Assert.Contains("80,00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACapaianFromTheRealisationBeforeItWasRounded_IsAWarning_WithTheFigureItShouldBe()
    {
        // printed 1,5 of 2 gives 75,00; 77 follows from 1,54 (any value that prints as 1,5 gives 72,5–77,5)
        var finding = Assert.Single(Review("Makin tinggi makin baik", "2", "1,5", "77").Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(FindingCodes.ReviewUnroundedRealisation, finding.Code);
        Assert.Contains("75,00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACapaianThatFollowsFromNothing_IsAnError_WithTheFigureItShouldBe()
    {
        // 60 / 80 × 100 = 75; lower formulas give 125 and 133,33; none is 80
        var finding = Assert.Single(Review("Makin tinggi makin baik", "80", "60", "80").Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(FindingCodes.ReviewCapaianWrong, finding.Code);
        Assert.Contains("75,00", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeRealisation_GivesANegativeCapaian()
    {
        // growth −1,41 against a target of 2: −1,41 / 2 × 100 = −70,50
        var row = Review("Makin tinggi makin baik", "2", "\u22121,41", "-70,50");
        Assert.Equal(-70.50m, row.Capaian);
        Assert.Equal("Sangat Kurang", row.Category);
        Assert.Empty(row.Findings);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("belum ada data")]
    public void ARealisationThatIsNotANumber_GivesNoCapaian_AndAnInfo(string realisation)
    {
        var row = Review("Makin tinggi makin baik", "100", realisation, null);
        Assert.Null(row.Capaian);
        Assert.Null(row.Category);
        var finding = Assert.Single(row.Findings);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(FindingCodes.ReviewRealisationNotNumber, finding.Code);
    }

    [Fact]
    public void AZeroTarget_HasNoRatio_AndSaysSo()
    {
        var row = Review("Makin tinggi makin baik", "0", "5", "100");
        Assert.Null(row.Capaian);
        Assert.Equal(FindingCodes.ReviewNoRatio, Assert.Single(row.Findings).Code);
    }

    [Fact]
    public void AZeroRealisation_LowerIsBetter_ByTheDefaultFormula_Is200()
    {
        var row = Review("Makin rendah makin baik", "5", "0", "200");
        Assert.Equal(200m, row.Capaian);
        Assert.Empty(row.Findings);
    }

    [Fact]
    public void AnUnknownDirection_IsAWarning_AndComputedAsHigherIsBetter()
    {
        var row = Review("sedang", "10", "8", "80");
        Assert.Equal(Polarity.HigherIsBetter, row.Direction);
        Assert.Equal(FindingCodes.ReviewDirectionMissing, Assert.Single(row.Findings).Code);
    }

    [Theory]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("93,40%", 93.40)]
    [InlineData("0,018169", 0.018169)]
    [InlineData("-1,41", -1.41)]
    [InlineData("82,5", 82.5)]
    public void FiguresAsIndonesianReportsPrintThem(string text, double expected)
    {
        var figure = ReportFigure.Parse(text);
        Assert.True(figure.IsNumber);
        Assert.Equal((decimal)expected, figure.Value);
    }

    [Theory]
    [InlineData("Makin tinggi makin baik", Polarity.HigherIsBetter)]
    [InlineData("  SEMAKIN TINGGI SEMAKIN BAIK ", Polarity.HigherIsBetter)]
    [InlineData("Maksimal", Polarity.HigherIsBetter)]
    [InlineData("naik", Polarity.HigherIsBetter)]
    [InlineData("Makin rendah makin baik", Polarity.LowerIsBetter)]
    [InlineData("Menurun", Polarity.LowerIsBetter)]
    [InlineData("minimal", Polarity.LowerIsBetter)]
    [InlineData("Negatif", Polarity.LowerIsBetter)]
    public void DirectionWords_AndTheirSynonyms(string text, Polarity expected) =>
        Assert.Equal(expected, DirectionWords.Parse(text));
}
