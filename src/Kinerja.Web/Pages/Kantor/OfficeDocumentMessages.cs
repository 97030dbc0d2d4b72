namespace Kinerja.Web.Pages.Kantor;

/// <summary>What the office documents page says, in Indonesian.</summary>
internal static class OfficeDocumentMessages
{
    public const string Title = "Dokumen PK {0} tahun {1}";
    public const string FileStem = "pk-{0}-{1}";
}
