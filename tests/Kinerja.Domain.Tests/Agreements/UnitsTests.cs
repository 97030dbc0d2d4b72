using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public class UnitsTests
{
    [Theory]
    [InlineData("Laporan", "Dokumen")]
    [InlineData("Paket", "Unit")]
    [InlineData("Orang", "Orang/Bulan")]
    [InlineData("%", "persen")]
    public void FamilyOf_RelatedUnits_AreOneFamily(string a, string b)
    {
        Assert.Equal(Units.FamilyOf(a), Units.FamilyOf(b));
        Assert.NotEqual(Units.Family.Unknown, Units.FamilyOf(a));
    }

    [Theory]
    [InlineData("Paket", "Orang")]
    [InlineData("Dokumen", "Unit")]
    [InlineData("%", "Nilai")]
    public void FamilyOf_UnrelatedUnits_DifferentFamilies(string a, string b)
    {
        Assert.NotEqual(Units.FamilyOf(a), Units.FamilyOf(b));
    }

    [Theory]
    [InlineData("Kendaraan")]
    [InlineData("Mebel")]
    [InlineData("")]
    [InlineData(null)]
    public void FamilyOf_UnknownWord_IsUnknown(string? unit)
    {
        Assert.Equal(Units.Family.Unknown, Units.FamilyOf(unit));
    }

    [Fact]
    public void Canonical_KnownUnit_GetsUsualSpelling()
    {
        Assert.Equal("Orang/Bulan", Units.Canonical("orang / bulan"));
        Assert.Equal("Satuan Aneh", Units.Canonical(" Satuan Aneh "));
    }

    [Fact]
    public void IsUnitWord_KnowsIndicatorWords()
    {
        Assert.True(Units.IsUnitWord("Paket"));
        Assert.True(Units.IsUnitWord("laporan"));
        Assert.False(Units.IsUnitWord("Kendaraan"));
    }
}
