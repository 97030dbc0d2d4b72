using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Tests;

/// <summary>A small catalogue of bidang urusan 7.01 for tests; a new instance every call.</summary>
internal static class TestCatalogue
{
    public static NomenclatureCatalogue Kecamatan() => new(
    [
        Program("7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"),
        Kegiatan("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"),
        Sub("7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"),
        Sub("7.01.01.2.01.0004", "Koordinasi dan Penyusunan DPA-SKPD"),
        Sub("7.01.01.2.01.0005", "Koordinasi dan Penyusunan Perubahan DPA-SKPD"),
        Kegiatan("7.01.01.2.02", "Administrasi Keuangan Perangkat Daerah"),
        Sub("7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN"),
        Sub("7.01.01.2.02.0007", "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD"),
        Kegiatan("7.01.01.2.06", "Administrasi Umum Perangkat Daerah"),
        Sub("7.01.01.2.06.0005", "Penyediaan Barang Cetakan dan Penggandaan"),
        Sub("7.01.01.2.06.0008", "Fasilitasi Kunjungan Tamu"),
        Kegiatan("7.01.01.2.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"),
        Sub("7.01.01.2.07.0010", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya"),
        Sub("7.01.01.2.07.0011", "Pengadaan Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya"),
        Program("7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"),
        Kegiatan("7.01.02.2.04", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat"),
        Sub(null, "Pelaksanaan Urusan Pemerintahan yang Terkait dengan Pelayanan Perizinan Non Usaha", "7.01.02.2.04"),
        Program("7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN"),
        Kegiatan("7.01.03.2.01", "Koordinasi Kegiatan Pemberdayaan Desa"),
        Sub("7.01.03.2.01.0001", "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa"),
        Sub("7.01.03.2.01.0003", "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan"),
        Program("7.01.04", "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM"),
        Kegiatan("7.01.04.2.01", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum"),
        Program("7.01.05", "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM"),
        Kegiatan("7.01.05.2.01", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah"),
        Sub(null, "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", "7.01.05.2.01"),
        Program("7.01.06", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA"),
        Kegiatan("7.01.06.2.01", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa"),
        Sub("7.01.06.2.01.0018", "Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan"),
        Sub(null, "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa", "7.01.06.2.01"),
    ]);

    private static NomenclatureEntry Program(string code, string name) => new(code, BudgetLevel.Program, name, null);

    private static NomenclatureEntry Kegiatan(string code, string name) => new(code, BudgetLevel.Kegiatan, name, code[..7]);

    private static NomenclatureEntry Sub(string? code, string name, string? parent = null) =>
        new(code, BudgetLevel.SubKegiatan, name, parent);
}
