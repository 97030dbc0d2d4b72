using UglyToad.PdfPig;

namespace Kinerja.Documents.Scans;

/// <summary>
/// Whether an uploaded scan is a PDF a reader can open: parsed with PdfPig, it has at least one page and its first page
/// reads. A file that only starts with <c>%PDF-</c> (an HTML page behind the five bytes, say) is not one.
/// </summary>
public static class PdfScan
{
    public static bool IsReadableWithPages(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var document = PdfDocument.Open(content);
            if (document.NumberOfPages < 1)
                return false;
            _ = document.GetPage(1);
            return true;
        }
#pragma warning disable CA1031 // Whatever the parser throws means the file is not a readable PDF.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
