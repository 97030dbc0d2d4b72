namespace Kinerja.Web;

/// <summary>Every message the web pages show, in Indonesian, in one place. Placeholders are format arguments.</summary>
public static class WebMessages
{
    public const string MaintenanceTitle = "Sedang dalam pemeliharaan";
    public const string MaintenanceText = "Kinerja sedang dalam pemeliharaan: basis data belum dapat dihubungi. Tidak ada data yang hilang. Silakan coba lagi dalam beberapa menit.";
    public const string UploadMissing = "Pilih berkas dokumen PK yang akan diunggah.";
    public const string UploadTooLarge = "Berkas \"{0}\" terlalu besar; batasnya {1} MB.";
    public const string UploadWrongKind = "Berkas \"{0}\" bukan dokumen PK yang dapat dibaca (teks .txt atau .docx).";
    public const string Submitted = "Perjanjian diajukan kepada Pihak Kedua.";
    public const string Returned = "Perjanjian dikembalikan dengan catatan.";
    public const string Approved = "Perjanjian disetujui.";
    public const string PasswordChanged = "Kata sandi Anda telah diganti. Sesi lain akun ini berakhir.";
    public const string Withdrawn = "Pengajuan ditarik; perjanjian kembali menjadi draf dan dapat diubah.";
    public const string WithdrawConfirm = "Tarik pengajuan ini? Perjanjian kembali menjadi draf dan Pihak Kedua tidak dapat menyetujuinya sampai diajukan lagi.";
    public const string Signed = "Perjanjian ditandai sudah ditandatangani; pindaiannya tersimpan.";
    public const string Published = "Perjanjian dipublikasikan dan dapat dibaca masyarakat.";
    public const string NoteAdded = "Catatan ditambahkan.";
    public const string ScanMissing = "Pilih berkas PDF pindaian PK yang telah ditandatangani.";
    public const string AmendmentStarted = "PK Perubahan dibuat sebagai draf; ubah isinya lalu ajukan.";
    public const string ImportExpired = "Pratinjau tidak lagi tersedia; unggah berkasnya kembali.";

    // Model binding (MvcOptions.ModelBindingMessageProvider): a value that cannot be read as the field's type.
    public const string BindingValueMissingFor = "Nilai untuk {0} wajib diisi.";
    public const string BindingValueMissing = "Nilai wajib diisi.";
    public const string BindingBodyMissing = "Isi permintaan wajib diisi.";
    public const string BindingValueInvalidFor = "Nilai \"{0}\" tidak sah untuk {1}.";
    public const string BindingValueInvalid = "Nilai \"{0}\" tidak sah.";
    public const string BindingUnknownValueInvalidFor = "Nilai yang dikirim untuk {0} tidak sah.";
    public const string BindingUnknownValueInvalid = "Nilai yang dikirim tidak sah.";
    public const string BindingNumberRequiredFor = "{0} harus berupa angka.";
    public const string BindingNumberRequired = "Isian ini harus berupa angka.";

    // DataAnnotations attributes without their own message ({0} is the field's display name).
    public const string ValidationRequired = "{0} wajib diisi.";
    public const string ValidationMaxLength = "{0} paling panjang {1} karakter.";
    public const string ValidationLengthBetween = "{0} harus {2} sampai {1} karakter.";
    public const string ValidationMinLength = "{0} paling sedikit {1} karakter.";
    public const string ValidationRange = "{0} harus antara {1} dan {2}.";
    public const string ValidationPattern = "{0} tidak sesuai format yang diminta.";
    public const string ValidationEmail = "{0} bukan alamat surel yang sah.";
    public const string ValidationCompare = "{0} dan {1} tidak sama.";
    public const string ValidationInvalid = "{0} tidak sah.";
}
