using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Nomenclature;

/// <summary>
/// The budget tables of the two seed documents (shared/seeds), line by line as printed: "# office position", then
/// "level|name|amount" with P program, K kegiatan, S sub kegiatan.
/// </summary>
internal static class SeedBudgets
{
    public const string Text = """
        # Kalaena CAMAT KALAENA
        P|Program Penyelenggaraan Pemerintahan dan Pelayanan Publik|Rp. 11.990.000
        K|Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat|Rp. 11.990.000
        P|Program Pemberdayaan Masyarakat Desa dan Kelurahan|Rp. 112.362.000
        K|Koordinasi Kegiatan Pemberdayaan Desa|Rp. 112.362.000
        P|Program Koordinasi Ketentraman dan Ketertiban Umum|Rp. 30.375.000
        K|Koordinasi Upaya Penyelenggaraan Ketentraman dan Ketertiban Umum|Rp. 22.235.000
        K|Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah|Rp. 8.140.000
        P|Program Penyelenggaraan Urusan Pemerintahan Umum|Rp. 23.672.500
        K|Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah|Rp. 23.672.500
        P|Program Pembinaan dan Pengawasan Pemerintahan Desa|Rp. 21.499.500
        K|Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa|Rp. 21.499.500
        # Kalaena SEKRETARIS CAMAT
        P|Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota|Rp. 2.558.336.300
        K|Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah|Rp. 42.810.500
        K|Administrasi Keuangan Perangkat Daerah|Rp. 1.856.527.300
        K|Administrasi Barang Milik Daerah pada Perangkat Daerah|Rp. 14.860.000
        K|Administrasi Kepegawaian Perangkat Daerah|Rp. 40.078.500
        K|Administrasi Umum Perangkat Daerah|Rp. 258.706.000
        K|Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah|Rp. 306.686.000
        K|Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah|Rp. 38.668.000
        # Kalaena KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM
        S|Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan|Rp. 14.617.000
        S|Harmonisasi Hubungan Dengan Tokoh Agama dan Tokoh Masyarakat|Rp. 7.618.000
        S|Koordinasi/ Sinergi Dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia|Rp. 8.140.000
        # Kalaena KEPALA SEKSI PELAYANAN UMUM
        S|Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan Perizinan Non Usaha|Rp. 11.990.000
        S|Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa|Rp. 15.144.000
        S|Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan|Rp. 97.218.000
        S|Koordinasi Pelaksanaan Pembangunan Kawasan Pedesaan di Wilayah Kecamatan|Rp. 10.043.000
        # Kalaena KEPALA SEKSI PEMERINTAHAN UMUM
        S|Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan|Rp. 23.672.500
        S|Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa|Rp. 11.456.500
        # Kalaena KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN
        S|Penyusunan Dokumen Perencanaan Perangkat Daerah|Rp. 15.811.500
        S|Koordinasi dan Penyusunan Dokumen RKA-SKPD|Rp. 7.002.000
        S|Koordinasi dan Penyusunan DPA-SKPD|Rp. 6.798.500
        S|Evaluasi Kinerja Perangkat Daerah|Rp. 13.198.500
        S|Pendataan dan Pengolahan Administrasi Kepegawaian|Rp. 8.265.500
        S|Bimbingan Teknis Implementasi Peraturan Perundang-Undangan|Rp. 31.813.000
        # Kalaena KEPALA SUB BAGIAN UMUM DAN KEUANGAN
        S|Penyediaan Gaji dan Tunjangan ASN|Rp. 1.831.572.000
        S|Koordinasi dan Penyusunan Laporan Keuangan Bulanan/ Triwulan/ Semesteran SKPD|Rp. 24.955.300
        S|Penatausahaan Barang Milik Daerah Pada SKPD|Rp. 14.860.000
        S|Penyediaan Komponen Instalasi Listrik/ Penerangan Bangunan Kantor|Rp. 3.067.000
        S|Penyediaan Bahan Logistik Kantor|Rp. 8.671.000
        S|Penyediaan Barang Cetak dan Penggandaan|Rp. 18.240.000
        S|Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan|Rp. 5.880.000
        S|Fasilitasi Kunjungan Tamu|Rp. 101.200.000
        S|Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD|Rp. 121.648.000
        S|Penyediaan Jasa Surat Menyurat|Rp. 18.612.000
        S|Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik|Rp. 50.814.000
        S|Penyediaan Jasa Peralatan dan Perlengkapan Kantor|Rp. 8.300.000
        S|Penyediaan Jasa Pelayanan Umum Kantor|Rp. 228.960.000
        S|Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan|Rp. 25.538.000
        S|Pemeliharaan Mebel|Rp. 860.000
        S|Pemeliharaan Peralatan dan Mesin Lainnya|Rp. 12.270.000
        # Mangkutana CAMAT
        P|PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK|10.745.500
        P|PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN|68.188.400
        P|PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM|12.680.600
        P|PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM|27.348.100
        P|PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA|14.221.800
        P|PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA|2.873.283.457
        # Mangkutana SEKRETARIS CAMAT
        P|PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA|2.873.283.457
        P|PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA|Rp. 2,873,283,457 ,-
        K|Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah|Rp. 32,603,700,-
        K|Administrasi Keuangan Perangkat Daerah|Rp. 2,210,249,677,-
        K|Administrasi Barang Milik Daerah pada Perangkat Daerah|Rp. 15,112,000 ,-
        K|Administrasi Kepegawaian Perangkat Daerah|Rp. 23,277,200 ,-
        K|Administrasi Umum Perangkat Daerah|Rp. 368,136,580,-
        K|Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah|Rp. 52,636,000,-
        K|Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah|Rp. 114,988,300,-
        K|Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah|Rp. 56,280,000,-
        # Mangkutana KEPALA SEKSI PEMERINTAHAN UMUM
        K|Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah|27.348.100
        S|Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan|27.348.100
        S|Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa|6.240.900
        # Mangkutana KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN DESA
        K|Koordinasi Kegiatan Pemberdayaan Desa|68.188.400
        K|Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa|14.221.800
        S|Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa|12.241.800
        S|Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan|55.946.600
        S|Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan|7.980.900
        # Mangkutana KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM
        K|Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum|8.444.600
        K|Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah|4.236.000
        S|Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan|4.533.600
        S|Harmonisasi Hubungan Dengan Tokoh Agama dan Tokoh Masyarakat|3.911.000
        S|Koordinasi/Sinergi Dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-Undangan dan/atau Kepolisian Negara Republik Indonesia|4.236.000
        # Mangkutana KEPALA SEKSI PELAYANAN PUBLIK
        K|Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat|10.745.500
        S|Pelaksanaan Urusan Pemerintahan yang terkait dengan Pelayanan Perizinan Non Usaha|10.745.500
        # Mangkutana KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN
        K|Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah|32.603.700
        K|Administrasi Kepegawaian Perangkat Daerah|23.277.200
        S|Penyusunan Dokumen Perencanaan Perangkat Daerah|15.409.900
        S|Koordinasi dan Penyusunan Dokumen RKA-SKPD|6.155.700
        S|Koordinasi dan Penyusunan DPA-SKPD|3.109.500
        S|Evaluasi Kinerja Perangkat Daerah|7.928.600
        S|Pendataan dan Pengolahan Administrasi Kepegawaian|4.887.200
        S|Bimbingan Teknis Implementasi Peraturan Perundang-Undangan|18.390.000
        # Mangkutana KEPALA SUB BAGIAN UMUM DAN KEUANGAN
        K|Administrasi Keuangan Perangkat Daerah|2.210.249.677
        K|Administrasi Barang Milik Daerah pada Perangkat Daerah|15.112.000
        K|Administrasi Umum Perangkat Daerah|368.136.580
        K|Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah|52.636.000
        K|Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah|114.988.300
        K|Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah|56.280.000
        S|Penyediaan Gaji dan Tunjangan ASN|2.170.964.177
        S|Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD|39.285.500
        S|Penatausahaan Barang Milik Daerah pada SKPD|15.112.000
        S|Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor|3.191.500
        S|Penyediaan Bahan Logistik Kantor|5.986.080
        S|Penyediaan Barang Cetak dan Penggandaan|6.623.000
        S|Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan|4.800.000
        S|Fasilitasi Kunjungan Tamu|199.470.000
        S|Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD|148.066.000
        S|Pengadaan Mebel|13.376.000
        S|Pengadaan Peralatan dan Mesin Lainnya|24.192.000
        S|Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya|15.068.000
        S|Penyediaan Jasa Surat Menyurat|13.511.300
        S|Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik|45.017.000
        S|Penyediaan Jasa Peralatan dan Perlengkapan Kantor|7.500.000
        S|Penyediaan Jasa Pelayanan Umum Kantor|48.960.000
        S|Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan|25.460.000
        S|Pemeliharaan Peralatan dan Mesin Lainnya|8.110.000
        S|Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya|20.880.000
        S|Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya|1.830.000
        """;

    /// <summary>One agreement per block, with its budget lines; a new set on every call.</summary>
    public static List<Agreement> Agreements()
    {
        var agreements = new List<Agreement>();
        Agreement? current = null;
        var line = 0;
        foreach (var raw in Text.Split('\n'))
        {
            line++;
            var text = raw.Trim();
            if (text.Length == 0)
                continue;
            if (text.StartsWith('#'))
            {
                var heading = text[1..].Trim();
                var office = heading[..heading.IndexOf(' ', StringComparison.Ordinal)];
                var position = heading[(office.Length + 1)..];
                var kind = office == "Kalaena" ? AgreementKind.Awal : AgreementKind.Perubahan;
                current = new Agreement(
                    2025,
                    kind,
                    "Kecamatan " + office,
                    "Kabupaten Luwu Timur",
                    new Party("PIHAK PERTAMA", position, null),
                    new Party("PIHAK KEDUA", "ATASAN", null))
                {
                    SourceName = "seed-budgets",
                };
                agreements.Add(current);
                continue;
            }

            var cells = text.Split('|');
            var level = cells[0] switch
            {
                "P" => BudgetLevel.Program,
                "K" => BudgetLevel.Kegiatan,
                _ => BudgetLevel.SubKegiatan,
            };
            current!.AddBudgetLine(new BudgetLine(string.Empty, level, cells[1], Rupiah.Parse(cells[2]).GetValueOrThrow(), "APBD", line));
        }

        return agreements;
    }
}
