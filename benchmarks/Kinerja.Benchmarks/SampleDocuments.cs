using Kinerja.Documents.Export.Html;
using Kinerja.Documents.Pdf;

namespace Kinerja.Benchmarks;

/// <summary>
/// Writes the print view and PDF of sample agreements into a folder, for the pictures in docs/images
/// (<c>docs/images/make-images.sh</c>): the Camat Kalaena agreement, the Camat Mangkutana amendment and the whole
/// Kalaena office.
/// </summary>
internal static class SampleDocuments
{
    public static async Task<int> WriteAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var options = PrintOptions.ForBaseUrl("https://kinerja.luwutimurkab.go.id", new DateOnly(2025, 11, 25));
        var kalaena = SeedFiles.Read(SeedFiles.Kalaena).Select(a => new PrintedAgreement(a, Status: "Disetujui")).ToList();
        var mangkutana = SeedFiles.Read(SeedFiles.Mangkutana).Select(a => new PrintedAgreement(a, Status: "Disetujui")).ToList();
        var documents = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pk-kalaena-camat"] = PrintView.Render(kalaena[0], options),
            ["pk-mangkutana-perubahan-camat"] = PrintView.Render(mangkutana[0], options),
            ["pk-kalaena-kantor"] = PrintView.Render(kalaena, options),
        };

        await using var renderer = new PdfRenderer();
        foreach (var (name, html) in documents)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), html);
            var pdf = await renderer.RenderAsync(html);
            if (!pdf.Success)
            {
                await Console.Error.WriteLineAsync(pdf.Error + " " + pdf.Detail);
                return 1;
            }

            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".pdf"), pdf.Pdf!);
            Console.WriteLine(Path.Combine(folder, name + ".pdf"));
        }

        return 0;
    }
}
