namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The messages of the PK editor and of the page that starts a PK, in Indonesian.</summary>
public static class EditorMessages
{
    public const string NewTitle = "Buat Perjanjian Kinerja";
    public const string EditTitle = "Ubah Perjanjian Kinerja {0} Tahun {1}";
    public const string PositionRequired = "Pilih jabatan.";
    public const string NoPositions = "Tidak ada jabatan di kantor Anda yang dapat dibuatkan PK. Hubungi administrator untuk melengkapi data jabatan.";
    public const string DateInvalid = "Tanggal \"{0}\" tidak sah; gunakan format tanggal, mis. 2026-01-02.";
    public const string TextRequired = "Uraian wajib diisi.";
    public const string IndicatorRequired = "Indikator kinerja wajib diisi.";
    public const string UnitRequired = "Satuan wajib dipilih atau diisi.";
    public const string NameRequired = "Nama program, kegiatan atau sub kegiatan wajib diisi, atau pilih kode yang dikenal katalog.";
    public const string ConfirmRemoveSasaran = "Hapus sasaran {0} beserta indikator dan penjelasannya? Tindakan ini tidak dapat dibatalkan.";
    public const string ConfirmRemoveIndicator = "Hapus indikator \"{0}\"? Tindakan ini tidak dapat dibatalkan.";
    public const string ConfirmRemoveBudgetLine = "Hapus baris anggaran \"{0}\"? Tindakan ini tidak dapat dibatalkan.";
    public const string ConfirmRemoveExplanation = "Hapus penjelasan sasaran {0}? Tindakan ini tidak dapat dibatalkan.";
    public const string NotEditable = "Perjanjian ini berstatus {0} dan tidak dapat diubah lagi.";
}
