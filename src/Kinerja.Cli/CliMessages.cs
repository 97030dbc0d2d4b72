namespace Kinerja.Cli;

/// <summary>Every message the command line shows, in Indonesian. Placeholders are format arguments.</summary>
internal static class CliMessages
{
    public const string RootDescription = "Kinerja: membaca, memeriksa dan menyimpan Perjanjian Kinerja (PK).";
    public const string ImportDescription = "Membaca berkas PK, menyimpan perjanjiannya ke basis data, lalu menampilkan ringkasan dan temuan.";
    public const string CheckDescription = "Memeriksa berkas PK dan menampilkan temuan; kode keluar 1 bila ada temuan GALAT.";
    public const string FilesDescription = "Berkas PK: teks hasil ekstraksi PDF, atau DOCX.";
    public const string DbDescription = "String koneksi basis data (bawaan: berkas SQLite data/kinerja.db di akar repositori), atau path berkas SQLite.";
    public const string JsonDescription = "Cetak perjanjian dalam format pertukaran JSON ke keluaran standar, tanpa menyimpan apa pun.";

    public const string AdminDescription = "Akun administrator.";
    public const string AdminCreateDescription = "Membuat akun administrator; kata sandi dibaca dari masukan standar.";
    public const string AdminUserNameDescription = "Nama pengguna untuk masuk.";
    public const string AdminDisplayNameDescription = "Nama lengkap yang ditampilkan.";
    public const string AdminPasswordPrompt = "Kata sandi: ";
    public const string AdminPasswordRepeatPrompt = "Ulangi kata sandi: ";
    public const string AdminPasswordMissing = "kinerja: kata sandi kosong atau kedua kata sandi tidak sama; tidak ada akun yang dibuat.";
    public const string AdminRefused = "kinerja: {0}";
    public const string AdminCreated = "Administrator \"{0}\" dibuat. Masuk di /masuk pada aplikasi web.";

    public const string ExportDescription = "Menulis PK satu kantor dan tahun sebagai DOCX, PDF, XLSX atau HTML (tampilan cetak).";
    public const string ExportFormatDescription = "Format berkas: docx, pdf, xlsx atau html.";
    public const string ExportOfficeDescription = "Nama kantor seperti tercetak, mis. \"Kecamatan Kalaena\".";
    public const string ExportYearDescription = "Tahun PK, mis. 2025.";
    public const string ExportPositionDescription = "Hanya PK satu jabatan, mis. \"Sekretaris Camat\".";
    public const string ExportOutputDescription = "Berkas yang ditulis.";
    public const string ExportFormatUnknown = "kinerja: format \"{0}\" tidak dikenal; gunakan docx, pdf, xlsx atau html. Tidak ada berkas yang ditulis.";
    public const string ExportOfficeUnknown = "kinerja: kantor \"{0}\" tidak ditemukan atau tidak mempunyai PK tahun {1}. Tidak ada berkas yang ditulis.";
    public const string ExportPositionUnknown = "kinerja: jabatan \"{0}\" tidak ditemukan pada PK {1} tahun {2}. Tidak ada berkas yang ditulis.";
    public const string ExportPdfFailed = "kinerja: PDF tidak dapat dibuat: {0} Format docx, xlsx dan html tetap dapat digunakan. Tidak ada berkas yang ditulis.";
    public const string ExportWriteFailed = "kinerja: berkas \"{0}\" tidak dapat ditulis: {1}";
    public const string ExportWritten = "{0}: {1} perjanjian {2} tahun {3} ditulis ke {4}.";

    public const string BackupDescription = "Membuat cadangan basis data yang sedang berjalan (termasuk pindaian PK bertanda tangan): SQLite sebagai berkas SQLite, PostgreSQL dengan pg_dump.";
    public const string BackupOutputDescription = "Berkas cadangan yang ditulis; tidak boleh sudah ada.";
    public const string BackupWritten = "Cadangan {0} ditulis ke {1} ({2}): {3} perjanjian, {4} pindaian.";
    public const string RestoreDescription = "Memulihkan cadangan ke basis data; menolak basis data yang sudah berisi data kecuali dengan --overwrite.";
    public const string RestoreFileDescription = "Berkas cadangan dari ./kinerja backup.";
    public const string RestoreOverwriteDescription = "Ganti isi basis data tujuan walaupun sudah berisi data.";
    public const string RestoreDone = "Cadangan {0} dipulihkan ke {1}: {2} perjanjian, {3} pindaian.";

    public const string FileNotFound = "kinerja: berkas \"{0}\" tidak ditemukan.";
    public const string FileUnreadable = "kinerja: berkas \"{0}\" tidak dapat dibaca: {1}";
    public const string DocumentFailed = "kinerja: berkas \"{0}\", baris {1}: {2}";
    public const string NothingStored = "Tidak ada yang disimpan.";
    public const string CommandLineInvalid = "kinerja: perintah tidak dapat dipahami: {0}";
    public const string NoCommand = "kinerja: perintah belum diberikan (import, check, capaian, export, backup, restore atau admin).";
    public const string SeeHelp = "Lihat ./kinerja --help.";
    public const string DatabaseFailed = "kinerja: basis data tidak dapat digunakan ({0}): {1}";

    public const string CheckSummary = "Berkas {0}: {1} perjanjian, {2} temuan ({3} error, {4} peringatan, {5} info)";
    public const string ImportSummary = "Berkas {0}: {1} perjanjian ({2} baru, {3} diperbarui, {4} tidak berubah)";
    public const string VerdictLine = "  {0}: {1}";
    public const string FindingLine = "[{0}] {1} {2}: {3}";
    public const string NoFindings = "Tidak ada temuan.";
    public const string StoredIn = "Disimpan di {0}.";


    public const string CapaianDescription = "Memeriksa tabel capaian yang diterbitkan (CSV atau XLSX): menghitung capaian dari target dan realisasi menurut arah indikator dan menunjukkan capaian tertulis yang tidak sesuai.";
    public const string CapaianFileDescription = "Tabel CSV (dipisah ; atau ,, UTF-8, dengan baris judul) atau XLSX (lembar pertama); kolom: No, Indikator Kinerja, Satuan, Arah, Target, Realisasi, Capaian (tertulis, boleh tidak ada).";
    public const string CapaianJsonDescription = "Cetak hanya JSON {\"rows\":[...]} untuk dibaca program lain.";
    public const string CapaianDbDescription = "Pakai skala capaian yang tersimpan di basis data ini (tanpa --db: skala bawaan).";
    public const string CapaianRegionDescription = "Wilayah yang skalanya dipakai, bila basis data memuat lebih dari satu.";
    public const string CapaianYearDescription = "Tahun yang skalanya dipakai (bawaan: tahun ini).";
    public const string CapaianRow = "Baris {0}: {1} — target {2}, realisasi {3}, capaian {4} ({5}); tertulis {6}";
    public const string CapaianSummary = "{0} baris; {1} error, {2} peringatan, {3} info.";
}
