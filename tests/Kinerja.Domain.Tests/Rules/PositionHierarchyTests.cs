using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class PositionHierarchyTests
{
    [Theory]
    [InlineData("CAMAT KALAENA", "BUPATI")]
    [InlineData("CAMAT", "BUPATI")]
    [InlineData("Plt. CAMAT MANGKUTANA", "BUPATI")]
    [InlineData("SEKRETARIS CAMAT", "CAMAT")]
    [InlineData("Plh. Sekretaris Camat Kalaena", "CAMAT")]
    [InlineData("KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", "CAMAT")]
    [InlineData("KEPALA SUB BAGIAN UMUM DAN KEUANGAN", "SEKRETARIS CAMAT")]
    public void SuperiorOf_KecamatanPositions_FollowsDefault(string position, string superior)
    {
        Assert.Equal(superior, PositionHierarchy.Kecamatan.SuperiorOf(position));
    }

    [Theory]
    [InlineData("BUPATI LUWU TIMUR")]
    [InlineData("LURAH")]
    [InlineData("")]
    public void SuperiorOf_UnknownPosition_IsNull(string position)
    {
        Assert.Null(PositionHierarchy.Kecamatan.SuperiorOf(position));
    }

    [Theory]
    [InlineData("CAMAT KALAENA", "BUPATI LUWU TIMUR", true)]
    [InlineData("CAMAT", "BUPATI", true)]
    [InlineData("SEKRETARIS CAMAT", "CAMAT KALAENA", true)]
    [InlineData("KEPALA SEKSI PELAYANAN PUBLIK", "CAMAT", true)]
    [InlineData("KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "SEKRETARIS CAMAT", true)]
    [InlineData("KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "CAMAT KALAENA", false)]
    [InlineData("KEPALA SEKSI PELAYANAN UMUM", "SEKRETARIS CAMAT KALAENA", false)]
    [InlineData("SEKRETARIS CAMAT", "BUPATI LUWU TIMUR", false)]
    public void IsDirectSuperior_Pairs_AreJudged(string position, string superior, bool expected)
    {
        Assert.Equal(expected, PositionHierarchy.Kecamatan.IsDirectSuperior(position, superior));
    }

    [Fact]
    public void IsDirectSuperior_UnknownPosition_IsNull()
    {
        Assert.Null(PositionHierarchy.Kecamatan.IsDirectSuperior("LURAH SUMBER AGUNG", "CAMAT"));
    }

    [Fact]
    public void Constructor_ExplicitPairs_OverrideByMostSpecificTitle()
    {
        var hierarchy = new PositionHierarchy(
        [
            new("KEPALA SEKSI", "CAMAT"),
            new("KEPALA SEKSI PELAYANAN UMUM", "SEKRETARIS CAMAT KALAENA"),
        ]);

        Assert.Equal("SEKRETARIS CAMAT KALAENA", hierarchy.SuperiorOf("Kepala Seksi Pelayanan Umum"));
        Assert.Equal("CAMAT", hierarchy.SuperiorOf("KEPALA SEKSI PEMERINTAHAN UMUM"));
        Assert.True(hierarchy.IsDirectSuperior("KEPALA SEKSI PELAYANAN UMUM", "SEKRETARIS CAMAT"));
        Assert.False(hierarchy.IsDirectSuperior("KEPALA SEKSI PELAYANAN UMUM", "CAMAT KALAENA"));
    }
}
