using System.Diagnostics;

namespace Kinerja.Documents.Pdf.Tests;

/// <summary>The pages of a PDF as PNG images, made by pdftoppm (poppler-utils) in a temporary folder.</summary>
internal sealed class PageImages : IDisposable
{
    private readonly string folder;

    private PageImages(string folder, IReadOnlyList<string> files)
    {
        this.folder = folder;
        Files = files;
    }

    public IReadOnlyList<string> Files { get; }

    /// <summary>Runs <c>pdftoppm -r {resolution} -png</c> on the PDF.</summary>
    public static PageImages Render(byte[] pdf, int resolution = 50)
    {
        var folder = Directory.CreateTempSubdirectory("kinerja-pdf-").FullName;
        var input = Path.Combine(folder, "document.pdf");
        File.WriteAllBytes(input, pdf);
        var start = new ProcessStartInfo(TestEnvironment.PdftoppmPath)
        {
            ArgumentList = { "-r", resolution.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", input, Path.Combine(folder, "page") },
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException("pdftoppm failed: " + error);
        }

        var files = Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal).ToList();
        return new PageImages(folder, files);
    }

    /// <summary>True when some pixel of the rightmost <paramref name="columns"/> columns is not white.</summary>
    public static bool TouchesRightEdge(string file, int columns)
    {
        var image = PngImage.Load(file);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = image.Width - columns; x < image.Width; x++)
            {
                if (image.Darkness(x, y) < 245)
                    return true;
            }
        }

        return false;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
