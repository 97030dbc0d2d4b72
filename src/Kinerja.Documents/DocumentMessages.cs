namespace Kinerja.Documents;

/// <summary>The Indonesian messages of reading uploaded documents (DOCX, XLSX, other formats); placeholders are format arguments.</summary>
internal static class DocumentMessages
{
    public const string PdfNotSupported = "Berkas PDF belum dapat dibaca; unggah teks atau DOCX.";
    public const string LegacyOfficeNotSupported = "Berkas Word/Excel versi lama (.doc/.xls) belum dapat dibaca; simpan sebagai DOCX atau XLSX lalu unggah lagi.";
    public const string ZipNotDocx = "Berkas ZIP ini bukan dokumen Word (DOCX): tidak ada word/document.xml.";
    public const string XlsxNotAgreementDocument = "Berkas XLSX berisi tabel target dan anggaran; impor melalui templat XLSX, bukan sebagai dokumen PK.";
    public const string DocxDamaged = "Berkas DOCX rusak atau tidak dapat dibuka; simpan ulang dari Word lalu unggah lagi.";
    public const string NotText = "Isi berkas bukan teks UTF-8, DOCX, atau XLSX; unggah teks atau DOCX.";

    public const string PackageTooManyEntries = "Berkas ditolak: paketnya berisi lebih dari {0} bagian. Dokumen PK tidak sebanyak itu; berkas ini rusak atau sengaja dibuat membengkak.";
    public const string PackageEntryTooLarge = "Berkas ditolak: bagian \"{0}\" lebih dari {1} MB setelah dibuka. Dokumen PK tidak sebesar itu; berkas ini rusak atau sengaja dibuat membengkak.";
    public const string PackageTooLarge = "Berkas ditolak: isinya lebih dari {0} MB setelah dibuka. Dokumen PK tidak sebesar itu; berkas ini rusak atau sengaja dibuat membengkak.";
    public const string PackageRatio = "Berkas ditolak: bagian \"{0}\" mengembang lebih dari {1} kali lipat saat dibuka. Dokumen PK tidak begitu; berkas ini rusak atau sengaja dibuat membengkak.";
    public const string FileTooLarge = "Berkas ditolak: ukurannya lebih dari {0} MB. Dokumen PK tidak sebesar itu.";
    public const string TextTooLong = "Dokumen ditolak: teksnya lebih dari {0} karakter. Dokumen PK tidak sepanjang itu; periksa berkasnya.";
    public const string LineTooLong = "Dokumen ditolak: baris {0} lebih dari {1} karakter. Dokumen PK tidak memuat baris sepanjang itu; periksa berkasnya.";
    public const string TextTooManyLines = "Dokumen ditolak: lebih dari {0} baris. Dokumen PK tidak sepanjang itu; periksa berkasnya.";
    public const string XlsxTooManyRows = "Lembar \"{0}\" ditolak: lebih dari {1} baris. Buku kerja PK tidak sepanjang itu; periksa berkasnya.";

    public const string XlsxUnreadable = "Berkas bukan buku kerja XLSX yang dapat dibaca, atau rusak; simpan ulang dari Excel lalu unggah lagi.";
    public const string XlsxSheetMissing = "Lembar \"{0}\" tidak ada dalam buku kerja.";
    public const string XlsxColumnMissing = "Kolom \"{0}\" tidak ada pada baris judul.";
    public const string XlsxRequired = "Kolom \"{0}\" wajib diisi.";
    public const string XlsxAmountInvalid = "\"{0}\" bukan jumlah Rupiah yang sah.";
    public const string XlsxTargetInvalid = "\"{0}\" bukan target yang sah; tulis angka, mis. 70,05.";
    public const string XlsxYearInvalid = "\"{0}\" bukan tahun yang sah.";
    public const string XlsxDateInvalid = "\"{0}\" bukan tanggal yang sah; tulis mis. 2 Januari 2025.";
    public const string XlsxWordNotAllowed = "\"{0}\" tidak dikenal; yang diperbolehkan: {1}.";
    public const string XlsxUnknownPosition = "Jabatan \"{0}\" tidak ada di lembar Perjanjian.";
    public const string XlsxDuplicatePosition = "Jabatan \"{0}\" sudah ada pada baris {1}.";

    public const string NomenclatureCsvNotUtf8 = "Berkas nomenklatur bukan teks UTF-8; simpan sebagai CSV UTF-8 lalu unggah lagi.";
    public const string NomenclatureCsvHeader = "Baris pertama berkas nomenklatur harus berjudul kode;level;nama;kode_induk;sumber (dipisah titik koma).";
    public const string NomenclatureCsvRow = "Baris {0}: {1}";
    public const string NomenclatureCsvColumns = "kurang kolom; tulis kode;level;nama;kode_induk;sumber.";
    public const string NomenclatureCsvLevel = "level \"{0}\" tidak dikenal; yang diperbolehkan: urusan, bidang, program, kegiatan, subkegiatan.";
    public const string NomenclatureCsvDuplicate = "kode {0} sudah ada pada baris {1}.";
    public const string NomenclatureCsvMoreErrors = "… dan {0} kesalahan lain.";
    public const string NomenclatureCsvEmpty = "Berkas nomenklatur tidak berisi program, kegiatan atau sub kegiatan.";

    public const string ChangeNewAgreement = "{0}: perjanjian baru.";
    public const string ChangeMissingAgreement = "{0}: tidak ada di buku kerja (tidak diubah).";
    public const string ChangeTarget = "{0}: target \"{1}\" berubah dari {2} menjadi {3}.";
    public const string ChangeTargetAdded = "{0}: indikator baru \"{1}\" dengan target {2}.";
    public const string ChangeTargetRemoved = "{0}: indikator \"{1}\" (target {2}) dihapus.";
    public const string ChangeBudget = "{0}: anggaran {1} \"{2}\" berubah dari {3} menjadi {4} ({5}).";
    public const string ChangeBudgetAdded = "{0}: {1} baru \"{2}\" sebesar {3}.";
    public const string ChangeBudgetRemoved = "{0}: {1} \"{2}\" sebesar {3} dihapus.";
    public const string ChangeParty = "{0}: {1} berubah dari \"{2}\" menjadi \"{3}\".";
    public const string FirstParty = "Pihak Pertama";
    public const string SecondParty = "Pihak Kedua";
    public const string PartyName = "nama {0}";
    public const string PartyNip = "NIP {0}";
    public const string PartyPosition = "jabatan {0}";

    public const string CapaianTableEmpty = "Tabel capaian kosong: perlu baris judul dan sedikitnya satu baris data.";
    public const string CapaianTableFormat = "Berkas bukan tabel CSV (UTF-8) atau buku kerja XLSX yang dapat dibaca; simpan tabel capaian sebagai CSV atau XLSX lalu coba lagi.";
    public const string CapaianTableNotUtf8 = "Berkas CSV bukan UTF-8; simpan ulang sebagai \"CSV UTF-8\" lalu coba lagi.";
    public const string CapaianTableColumnsMissing = "Kolom {0} tidak ada pada baris judul tabel capaian (kolom yang dibaca: No, Indikator Kinerja, Satuan, Arah, Target, Realisasi, Capaian).";
    public const string CapaianTableTooManyRows = "Tabel capaian ditolak: lebih dari {0} baris.";
}
