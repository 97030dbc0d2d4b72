namespace Kinerja.Web.Pages.Kantor;

/// <summary>What the office documents page says, in Indonesian.</summary>
internal static class OfficeDocumentMessages
{
    public const string Title = "Dokumen PK {0} tahun {1}";
    public const string TitleWithoutYear = "Dokumen PK kantor";
    public const string FileStem = "pk-{0}-{1}";
    public const string WorkbookMissing = "Pilih berkas XLSX.";
    public const string WorkbookTooLarge = "Berkas lebih dari 5 MB.";
    public const string WorkbookNotXlsx = "Berkas bukan buku kerja XLSX (ZIP dengan xl/workbook.xml).";
    public const string WorkbookNoChanges = "Buku kerja sama dengan PK yang tersimpan; tidak ada perubahan.";
    public const string WorkbookSignedNote = "sudah ditandatangani; buat PK Perubahan untuk mengubahnya";
}
