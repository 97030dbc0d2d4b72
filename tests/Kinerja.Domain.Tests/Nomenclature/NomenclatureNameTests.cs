using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Tests.Nomenclature;

public class NomenclatureNameTests
{
    [Theory]
    [InlineData("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")]
    [InlineData("Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")]
    [InlineData("Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum")]
    [InlineData("Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah")]
    [InlineData("Penyediaan Jasa Komunikasi, Sumberdaya Air dan Listrik", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik")]
    [InlineData("Administrasi Umum PD", "Administrasi Umum Perangkat Daerah")]
    public void Similarity_SpellingVariants_AreTheSameName(string a, string b)
    {
        Assert.Equal(1.0, NomenclatureName.Similarity(a, b));
        Assert.True(NomenclatureName.AreSame(a, b));
    }

    [Theory]
    [InlineData("Pengadaan Mebel", "Pemeliharaan Mebel")]
    [InlineData("Koordinasi dan Penyusunan DPA-SKPD", "Koordinasi dan Penyusunan Perubahan DPA-SKPD")]
    [InlineData("Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "Penyediaan Peralatan dan Perlengkapan Kantor")]
    public void AreSame_DifferentEntries_AreNot(string a, string b)
    {
        Assert.False(NomenclatureName.AreSame(a, b));
    }

    [Fact]
    public void Normalize_DropsPunctuationCaseAndLeadingProgram()
    {
        Assert.Equal("penunjang urusan pemerintahan daerah kabupaten kota", NomenclatureName.Normalize("  PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA "));
    }

    [Fact]
    public void Normalize_Empty_IsEmpty()
    {
        Assert.Equal(string.Empty, NomenclatureName.Normalize(null));
        Assert.Equal(string.Empty, NomenclatureName.Normalize(" - "));
    }
}
