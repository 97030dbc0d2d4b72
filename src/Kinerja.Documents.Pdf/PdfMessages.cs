namespace Kinerja.Documents.Pdf;

/// <summary>The Indonesian messages of PDF rendering, fit to show beside the print view and DOCX links.</summary>
public static class PdfMessages
{
    public const string ChromiumMissing = "Chromium tidak terpasang; gunakan tampilan cetak atau DOCX.";
    public const string ChromiumFailed = "Chromium gagal membuat PDF; gunakan tampilan cetak atau DOCX.";
}
