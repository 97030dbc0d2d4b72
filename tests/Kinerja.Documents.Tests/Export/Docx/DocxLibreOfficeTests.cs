using System.Diagnostics;
using Kinerja.Documents.Export.Docx;

namespace Kinerja.Documents.Tests.Export.Docx;

/// <summary>
/// The exported DOCX opens in a real word processor: LibreOffice converts the whole Kalaena office to PDF. Skips where
/// LibreOffice is not installed (CI does not install it); `apt-get install -y libreoffice-writer-nogui` to run it.
/// </summary>
public sealed class DocxLibreOfficeTests
{
    private static readonly string[] Candidates = ["/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"];

    [SkippableFact]
    public void Write_WholeOffice_OpensInLibreOffice()
    {
        var office = Candidates.FirstOrDefault(File.Exists);
        Skip.If(office is null, "LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui).");

        var folder = Directory.CreateTempSubdirectory("kinerja-docx-");
        try
        {
            var docx = Path.Combine(folder.FullName, "kalaena.docx");
            File.WriteAllBytes(docx, DocxExporter.Write(Samples.Read(Samples.Kalaena).Agreements, Samples.Print));
            var start = new ProcessStartInfo(office!)
            {
                ArgumentList =
                {
                    "-env:UserInstallation=file://" + Path.Combine(folder.FullName, "profile"),
                    "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, docx,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            Assert.True(process.WaitForExit(180_000), "LibreOffice did not finish converting within 3 minutes.");

            var pdf = Path.Combine(folder.FullName, "kalaena.pdf");
            Assert.True(File.Exists(pdf), process.StandardError.ReadToEnd());
            var bytes = File.ReadAllBytes(pdf);
            Assert.True(bytes.AsSpan().StartsWith("%PDF"u8));
            // 7 agreements of 3 sections each: at least 21 pages.
            var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), @"/Type\s*/Page[^s]");
            Assert.True(pages >= 21, $"{pages} pages");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
