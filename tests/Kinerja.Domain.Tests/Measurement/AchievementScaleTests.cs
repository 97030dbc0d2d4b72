using Kinerja.Domain.Common;
using Kinerja.Domain.Measurement;

namespace Kinerja.Domain.Tests.Measurement;

public sealed class AchievementScaleTests
{
    private static readonly Guid Region = Guid.NewGuid();

    [Theory]
    [InlineData("100", "Sangat Baik")]
    [InlineData("91", "Sangat Baik")]
    [InlineData("90,99", "Baik")]
    [InlineData("76", "Baik")]
    [InlineData("75", "Cukup")]
    [InlineData("66", "Cukup")]
    [InlineData("65", "Kurang")]
    [InlineData("51", "Kurang")]
    [InlineData("50,99", "Sangat Kurang")]
    [InlineData("0", "Sangat Kurang")]
    [InlineData("-40", "Sangat Kurang")]
    public void Default_CategoryOf_FollowsDomainBands(string capaian, string expected) =>
        Assert.Equal(expected, AchievementScale.Default(Region).CategoryOf(IndonesianNumber.Parse(capaian).Value));

    [Fact]
    public void Default_HasNoDisplayCap()
    {
        var assessed = AchievementScale.Default(Region).Assess(250);

        Assert.Equal(250, assessed.Shown);
        Assert.False(assessed.Capped);
    }

    [Fact]
    public void Assess_AboveCap_ShowsCapButCategoryFollowsActual()
    {
        var scale = Scale(2026, [new("Tinggi", 100), new("Rendah", null)], 120).Value!;

        var assessed = scale.Assess(135.5m);

        Assert.Equal(new AssessedAchievement(135.5m, 120, true, "Tinggi"), assessed);
        Assert.Equal(new AssessedAchievement(99, 99, false, "Rendah"), scale.Assess(99));
    }

    [Theory]
    [InlineData("90,996", "91", "Sangat Baik")]
    [InlineData("90,994", "90,99", "Baik")]
    [InlineData("50,995", "51", "Kurang")]
    public void Assess_JudgesTheValueAsWrittenToTwoDecimals(string capaian, string written, string category)
    {
        var assessed = AchievementScale.Default(Region).Assess(IndonesianNumber.Parse(capaian).Value);

        Assert.Equal((IndonesianNumber.Parse(written).Value, category), (assessed.Actual, assessed.Category));
    }

    [Fact]
    public void Create_TrimsNames()
    {
        var scale = Scale(2026, [new("  Tinggi ", 80), new("Rendah", null)]).Value!;

        Assert.Equal(["Tinggi", "Rendah"], scale.Bands.Select(b => b.Name));
    }

    [Fact]
    public void Create_OneBand_IsRefused() =>
        Assert.Contains("2 sampai 10 kategori", Scale(2026, [new("Semua", null)]).Error, StringComparison.Ordinal);

    [Fact]
    public void Create_EmptyName_NamesItsPosition() =>
        Assert.Contains("Nama kategori ke-2 wajib diisi.", Scale(2026, [new("Tinggi", 80), new(" ", null)]).Errors);

    [Fact]
    public void Create_DuplicateName_IsRefused() =>
        Assert.Contains("Kategori \"baik\" tertulis lebih dari sekali.", Scale(2026, [new("Baik", 80), new("baik", null)]).Errors);

    [Fact]
    public void Create_MinimumsNotDescending_NamesBothBands()
    {
        var outcome = Scale(2026, [new("Sangat Baik", 91), new("Baik", 91), new("Kurang", null)]);

        Assert.Equal(["Batas bawah kategori \"Baik\" (91) harus lebih kecil dari batas bawah kategori di atasnya, \"Sangat Baik\" (91)."], outcome.Errors);
    }

    [Fact]
    public void Create_MiddleBandWithoutMinimum_IsRefused() =>
        Assert.Contains("Batas bawah kategori \"Baik\" wajib diisi", Scale(2026, [new("Sangat Baik", 91), new("Baik", null), new("Kurang", null)]).Error, StringComparison.Ordinal);

    [Fact]
    public void Create_LowestBandWithMinimum_IsRefused() =>
        Assert.Contains("kosongkan batas bawahnya", Scale(2026, [new("Baik", 80), new("Kurang", 10)]).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1001)]
    public void Create_MinimumOutOfRange_IsRefused(int minimum) =>
        Assert.Contains("harus lebih dari 0 dan paling besar 1.000 persen", Scale(2026, [new("Baik", minimum), new("Kurang", null)]).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData(99.99)]
    [InlineData(1000.01)]
    public void Create_DisplayCapOutOfRange_IsRefused(double cap) =>
        Assert.Contains("antara 100 dan 1.000 persen", Scale(2026, AchievementScale.DefaultBands, (decimal)cap).Error, StringComparison.Ordinal);

    [Fact]
    public void Create_YearOutOfRange_IsRefused() =>
        Assert.Contains("Tahun berlaku 1999 di luar rentang 2000–2100.", Scale(1999, AchievementScale.DefaultBands).Errors);

    [Fact]
    public void Change_Refused_KeepsScale()
    {
        var scale = Scale(2026, AchievementScale.DefaultBands, 120).Value!;

        var outcome = scale.Change([new("Satu", null)], 90);

        Assert.False(outcome.Success);
        Assert.Equal(5, scale.Bands.Count);
        Assert.Equal(120, scale.DisplayCap);
    }

    [Fact]
    public void Change_Valid_ReplacesBandsAndCap()
    {
        var scale = Scale(2026, AchievementScale.DefaultBands, 120).Value!;

        Assert.True(scale.Change([new("Tercapai", 100), new("Tidak tercapai", null)], null).Success);

        Assert.Equal("Tidak tercapai", scale.CategoryOf(99.9m));
        Assert.Null(scale.DisplayCap);
    }

    [Fact]
    public void For_TakesLatestEffectiveByTheYear()
    {
        var from2025 = Scale(2025, [new("A", 50), new("B", null)]).Value!;
        var from2027 = Scale(2027, [new("C", 50), new("D", null)]).Value!;
        var otherRegion = AchievementScale.Create(Guid.NewGuid(), 2026, [new("X", 50), new("Y", null)], null).Value!;
        var scales = new[] { from2027, otherRegion, from2025 };

        Assert.Same(from2025, AchievementScale.For(scales, Region, 2026));
        Assert.Same(from2027, AchievementScale.For(scales, Region, 2030));
        Assert.Equal("Sangat Baik", AchievementScale.For(scales, Region, 2024).CategoryOf(95));
    }

    private static Outcome<AchievementScale> Scale(int year, IReadOnlyList<AchievementBand> bands, decimal? cap = null) =>
        AchievementScale.Create(Region, year, bands, cap);
}
