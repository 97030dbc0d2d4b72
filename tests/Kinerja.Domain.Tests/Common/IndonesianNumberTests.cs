using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class IndonesianNumberTests
{
    [Theory]
    [InlineData("70,05", "70.05")]
    [InlineData("87,5", "87.5")]
    [InlineData("100", "100")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1.234", "1234")]
    [InlineData(" 87,50 ", "87.5")]
    public void Parse_IndonesianNotation_ReadsExactDecimal(string text, string expected)
    {
        var result = IndonesianNumber.Parse(text);

        Assert.True(result.Success, result.Error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    public void Parse_NotANumber_Fails(string? text)
    {
        Assert.False(IndonesianNumber.Parse(text).Success);
    }

    [Theory]
    [InlineData("70.05", "70,05")]
    [InlineData("100", "100")]
    [InlineData("87.50", "87,5")]
    [InlineData("1234.5", "1.234,5")]
    public void Format_WritesCommaDecimalsAndDotThousands(string value, string expected)
    {
        Assert.Equal(expected, IndonesianNumber.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
