using System.Globalization;
using System.Text;

namespace Kinerja.Testing;

/// <summary>
/// Real PDFs for tests of scans: one empty A4 page with a correct cross-reference table, optionally made
/// about <c>size</c> bytes long by a stream of filler (a scan of many megabytes).
/// </summary>
public static class TestPdf
{
    public static byte[] OnePage(int size = 0)
    {
        var objects = new List<string>
        {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
        };
        var fixedPart = Build(objects, filler: 0).Length;
        var filler = Math.Max(0, size - fixedPart - 64);
        var pdf = Build(objects, filler);
        return pdf;
    }

    private static byte[] Build(List<string> objects, int filler)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var count = objects.Count + 1;
        if (filler > 0)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{count} 0 obj\n<</Length {filler}>>\nstream\n").Append('0', filler).Append("\nendstream\nendobj\n");
            count++;
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {count}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {count}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
