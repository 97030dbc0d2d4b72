using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Tests.Nomenclature;

public class NomenclatureCatalogueTests
{
    [Theory]
    [InlineData("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota", BudgetLevel.Program, "7.01.01")]
    [InlineData("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", BudgetLevel.Program, "7.01.01")]
    [InlineData("Program Koordinasi Ketentraman dan Ketertiban Umum", BudgetLevel.Program, "7.01.04")]
    [InlineData("Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum", BudgetLevel.Kegiatan, "7.01.04.2.01")]
    [InlineData("Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah", BudgetLevel.Kegiatan, "7.01.01.2.01")]
    [InlineData("Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", BudgetLevel.Kegiatan, "7.01.01.2.07")]
    [InlineData("Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulan/ Semesteran SKPD", BudgetLevel.SubKegiatan, "7.01.01.2.02.0007")]
    [InlineData("Penyediaan Barang Cetak dan Penggandaan", BudgetLevel.SubKegiatan, "7.01.01.2.06.0005")]
    [InlineData("Fasilitas Kunjungan Tamu", BudgetLevel.SubKegiatan, "7.01.01.2.06.0008")]
    [InlineData("Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan", BudgetLevel.SubKegiatan, "7.01.03.2.01.0003")]
    [InlineData("Koordinasi Pelaksanaan Pembangunan Kawasan Pedesaan di Wilayah Kecamatan", BudgetLevel.SubKegiatan, "7.01.06.2.01.0018")]
    [InlineData("Koordinasi dan Penyusunan DPA-SKPD", BudgetLevel.SubKegiatan, "7.01.01.2.01.0004")]
    [InlineData("Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", BudgetLevel.SubKegiatan, "7.01.01.2.07.0010")]
    [InlineData("Penyediaan Gaji dan Tunjangan ASN", null, "7.01.01.2.02.0001")]
    public void Resolve_RealSpellings_FindsEntry(string printed, BudgetLevel? level, string code)
    {
        var entry = TestCatalogue.Kecamatan().Resolve(printed, level);

        Assert.NotNull(entry);
        Assert.Equal(code, entry.Code);
    }

    [Fact]
    public void Resolve_SmallTypo_FindsEntryBySimilarity()
    {
        var entry = TestCatalogue.Kecamatan().Resolve("Penyediaan Gaji dan Tunjangan ASNN", BudgetLevel.SubKegiatan);

        Assert.Equal("7.01.01.2.02.0001", entry?.Code);
    }

    [Theory]
    [InlineData("Pembangunan Jalan Desa")]
    [InlineData("")]
    [InlineData("Pengadaan Mebel")]
    public void Resolve_UnknownName_ReturnsNull(string printed)
    {
        Assert.Null(TestCatalogue.Kecamatan().Resolve(printed));
    }

    [Fact]
    public void Resolve_SubKegiatanWithoutCode_FindsEntryWithParentCode()
    {
        var entry = TestCatalogue.Kecamatan().Resolve("Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa", BudgetLevel.SubKegiatan);

        Assert.NotNull(entry);
        Assert.Null(entry.Code);
        Assert.Equal("7.01.06.2.01", entry.ParentCode);
    }

    [Fact]
    public void Resolve_SameNameAtTwoLevels_PrefersGivenLevel()
    {
        var catalogue = new NomenclatureCatalogue(
        [
            new NomenclatureEntry("9.01.01", BudgetLevel.Program, "Pelayanan Umum", null),
            new NomenclatureEntry("9.01.01.2.01", BudgetLevel.Kegiatan, "Pelayanan Umum", "9.01.01"),
        ]);

        Assert.Equal("9.01.01.2.01", catalogue.Resolve("PELAYANAN UMUM", BudgetLevel.Kegiatan)?.Code);
        Assert.Equal("9.01.01", catalogue.Resolve("PELAYANAN UMUM", BudgetLevel.Program)?.Code);
    }

    [Fact]
    public void ParentOf_SubKegiatanWithoutCode_IsItsKegiatan()
    {
        var catalogue = TestCatalogue.Kecamatan();
        var entry = catalogue.Resolve("Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan")!;

        Assert.Equal("7.01.05.2.01", catalogue.ParentOf(entry)?.Code);
    }

    [Fact]
    public void ParentOf_CodedEntries_FollowsTheCode()
    {
        var catalogue = TestCatalogue.Kecamatan();
        var sub = catalogue.FindByCode("7.01.01.2.02.0001")!;
        var kegiatan = catalogue.ParentOf(sub)!;

        Assert.Equal("7.01.01.2.02", kegiatan.Code);
        Assert.Equal("7.01.01", catalogue.ParentOf(kegiatan)?.Code);
        Assert.Null(catalogue.ParentOf(catalogue.ParentOf(kegiatan)!));
    }

    [Fact]
    public void ParentOf_EntryWithoutParentCode_DerivesItFromItsCode()
    {
        var catalogue = new NomenclatureCatalogue(
        [
            new NomenclatureEntry("7.01.01", BudgetLevel.Program, "Program Penunjang", null),
            new NomenclatureEntry("7.01.01.2.08", BudgetLevel.Kegiatan, "Penyediaan Jasa Penunjang", null),
            new NomenclatureEntry("7.01.01.2.08.0001", BudgetLevel.SubKegiatan, "Penyediaan Jasa Surat Menyurat", null),
        ]);

        Assert.Equal("7.01.01.2.08", catalogue.ParentOf(catalogue.Entries[2])?.Code);
        Assert.Equal("7.01.01", catalogue.ParentOf(catalogue.Entries[1])?.Code);
    }

    [Fact]
    public void ChildrenOf_Kegiatan_ListsItsSubKegiatan()
    {
        var catalogue = TestCatalogue.Kecamatan();
        var kegiatan = catalogue.FindByCode("7.01.06.2.01")!;

        Assert.Equal(2, catalogue.ChildrenOf(kegiatan).Count());
    }

    [Theory]
    [InlineData("7.01.01.2.02.0001", BudgetLevel.SubKegiatan, "7.01.01.2.02")]
    [InlineData("7.01.01.2.02", BudgetLevel.Kegiatan, "7.01.01")]
    [InlineData("7.01.01", BudgetLevel.Program, null)]
    [InlineData(null, BudgetLevel.Kegiatan, null)]
    public void ParentCodeOf_DropsTheOwnSegments(string? code, BudgetLevel level, string? expected)
    {
        Assert.Equal(expected, NomenclatureCatalogue.ParentCodeOf(code, level));
    }
}
