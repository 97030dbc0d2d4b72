using System.Globalization;
using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public class TargetValueTests
{
    [Theory]
    [InlineData("100%", "100", "%")]
    [InlineData("100 %", "100", "%")]
    [InlineData("70,05 Nilai", "70.05", "Nilai")]
    [InlineData("15 Orang/Bulan", "15", "Orang/Bulan")]
    [InlineData("25 Orang/bulan", "25", "Orang/Bulan")]
    [InlineData("5 Lembaga Kemasyarakatan", "5", "Lembaga Kemasyarakatan")]
    [InlineData("95", "95", "")]
    [InlineData("12 laporan", "12", "Laporan")]
    [InlineData("1.234,5 Orang", "1234.5", "Orang")]
    public void Parse_NumberAndUnit_AreSplit(string text, string value, string unit)
    {
        var target = TargetValue.Parse(text);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Sesuai Renstra")]
    public void Parse_NoNumber_HasNoValue(string? text)
    {
        var target = TargetValue.Parse(text);

        Assert.Null(target.Value);
        Assert.Equal(string.Empty, target.Unit);
    }

    [Fact]
    public void ToString_WritesIndonesianNumberAndUnit()
    {
        Assert.Equal("70,05 Nilai", TargetValue.Parse("70,05 Nilai").ToString());
        Assert.Equal("100%", TargetValue.Parse("100 %").ToString());
    }
}
