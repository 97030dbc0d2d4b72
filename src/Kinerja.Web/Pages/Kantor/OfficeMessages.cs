namespace Kinerja.Web.Pages.Kantor;

/// <summary>The messages of the office pages (pohon kinerja, reconciliation), in Indonesian.</summary>
public static class OfficeMessages
{
    public const string TreeTitle = "Pohon Kinerja {0} Tahun {1}";
    public const string ReconciliationTitle = "Rekonsiliasi Anggaran {0} Tahun {1}";
    public const string NoAgreements = "Tidak ada perjanjian kinerja {0} tahun {1} yang dapat Anda baca.";
    public const string Reconciled = "sesuai";
    public const string AllReconciled = "Anggaran seluruh PK kantor ini sesuai: setiap program dan kegiatan sama dengan jumlah rinciannya.";
    public const string NotReconciled = "Anggaran belum sesuai: periksa baris yang bertanda selisih.";
    public const string DifferentAmount = "nilai berbeda: {0}";
}
