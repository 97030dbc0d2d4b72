using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class TextSimilarityTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("KETENTRAMAN", "KETENTERAMAN", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, TextSimilarity.Distance(a, b));
    }

    [Fact]
    public void Ratio_EqualTexts_IsOne()
    {
        Assert.Equal(1.0, TextSimilarity.Ratio("mebel", "mebel"));
    }

    [Fact]
    public void Ratio_NeverExceedsUpperBound()
    {
        Assert.True(TextSimilarity.Ratio("pengadaan mebel", "pemeliharaan mebel") <= TextSimilarity.RatioUpperBound(15, 18));
    }
}
