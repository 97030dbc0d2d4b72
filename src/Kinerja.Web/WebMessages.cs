namespace Kinerja.Web;

/// <summary>Every message the web pages show, in Indonesian, in one place. Placeholders are format arguments.</summary>
public static class WebMessages
{
    public const string UploadMissing = "Pilih berkas dokumen PK yang akan diunggah.";
    public const string UploadTooLarge = "Berkas \"{0}\" terlalu besar; batasnya {1} MB.";
    public const string UploadWrongKind = "Berkas \"{0}\" bukan dokumen PK yang dapat dibaca (teks .txt).";
    public const string UploadNotText = "Berkas \"{0}\" bukan teks UTF-8.";
    public const string ImportExpired = "Pratinjau tidak lagi tersedia; unggah berkasnya kembali.";
}
