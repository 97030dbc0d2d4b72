using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class RupiahTests
{
    [Theory]
    [InlineData("Rp. 11.990.000", 11_990_000L)]
    [InlineData("Rp. 2,873,283,457 ,-", 2_873_283_457L)]
    [InlineData("32,603,700,-", 32_603_700L)]
    [InlineData("10.745.500", 10_745_500L)]
    [InlineData("Rp 1.234.567,00", 1_234_567L)]
    [InlineData("Rp.15,112,000 ,-", 15_112_000L)]
    [InlineData("860000", 860_000L)]
    public void Parse_DocumentSpellings_ReadsWholeRupiah(string text, long expected)
    {
        var result = Rupiah.Parse(text);

        Assert.True(result.Success, result.Error);
        Assert.Equal(new Rupiah(expected), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Rp")]
    [InlineData("-")]
    [InlineData("1.234,5")]
    [InlineData("12.34")]
    [InlineData("1,234.567")]
    [InlineData("Rp 12.000,50")]
    [InlineData("dua juta")]
    [InlineData("99999999999999999999")]
    public void Parse_InvalidAmount_FailsWithMessage(string? text)
    {
        var result = Rupiah.Parse(text);

        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void ToString_WritesRpWithDotThousands()
    {
        Assert.Equal("Rp 1.234.567", new Rupiah(1_234_567).ToString());
        Assert.Equal("Rp 0", Rupiah.Zero.ToString());
        Assert.Equal("-Rp 1.000", new Rupiah(-1_000).ToString());
    }

    [Fact]
    public void ToNumberString_WritesWithoutCurrency()
    {
        Assert.Equal("2.873.283.457", new Rupiah(2_873_283_457).ToNumberString());
    }

    [Fact]
    public void Sum_AddsExactly()
    {
        var total = Rupiah.Sum([new Rupiah(15_144_000), new Rupiah(97_218_000)]);

        Assert.Equal(new Rupiah(112_362_000), total);
    }

    [Fact]
    public void ToString_MinimumValue_DoesNotThrow()
    {
        Assert.StartsWith("-Rp ", new Rupiah(long.MinValue).ToString(), StringComparison.Ordinal);
    }
}
