namespace Kinerja.Web;

/// <summary>Every message the web pages show, in Indonesian, in one place. Placeholders are format arguments.</summary>
public static class WebMessages
{
    public const string UploadMissing = "Pilih berkas dokumen PK yang akan diunggah.";
    public const string UploadTooLarge = "Berkas \"{0}\" terlalu besar; batasnya {1} MB.";
    public const string UploadWrongKind = "Berkas \"{0}\" bukan dokumen PK yang dapat dibaca (teks .txt atau .docx).";
    public const string Submitted = "Perjanjian diajukan kepada Pihak Kedua.";
    public const string Returned = "Perjanjian dikembalikan dengan catatan.";
    public const string Approved = "Perjanjian disetujui.";
    public const string Signed = "Perjanjian ditandai sudah ditandatangani; pindaiannya tersimpan.";
    public const string Published = "Perjanjian dipublikasikan dan dapat dibaca masyarakat.";
    public const string NoteAdded = "Catatan ditambahkan.";
    public const string ScanMissing = "Pilih berkas PDF pindaian PK yang telah ditandatangani.";
    public const string ScanTooLarge = "Berkas pindaian terlalu besar; batasnya 10 MB.";
    public const string AmendmentStarted = "PK Perubahan dibuat sebagai draf; ubah isinya lalu ajukan.";
    public const string ImportExpired = "Pratinjau tidak lagi tersedia; unggah berkasnya kembali.";
}
