using System.Text;
using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Nomenclature;
using Kinerja.Documents.Tests.Xlsx;
using Kinerja.Documents.Text;
using Kinerja.Documents.Xlsx;
using Kinerja.Domain.Rules;
using Kinerja.Testing;

namespace Kinerja.Documents.Tests.Limits;

/// <summary>
/// A small package that inflates to far more than any PK document (issue 11: 103 KB of DOCX inflating to 100 MB) is
/// refused with an Indonesian message before any reader opens it; so are texts and sheets beyond the limits.
/// </summary>
public sealed class DecompressionBombTests
{
    private static readonly AgreementDocumentImporter Importer = new(new AgreementChecker(DefaultNomenclature.Load()));

    private const string Swollen = "Dokumen PK tidak sebesar itu; berkas ini rusak atau sengaja dibuat membengkak.";

    [Fact]
    public void Import_OfADocxInflatingToAHundredMegabytes_IsRefused()
    {
        var bomb = ZipBombs.Docx();
        Assert.True(bomb.Length < 1024 * 1024, bomb.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var document = Importer.Import(bomb, "bom.docx");

        Assert.Empty(document.Agreements);
        Assert.Equal("Berkas ditolak: bagian \"word/document.xml\" lebih dari 16 MB setelah dibuka. " + Swollen, document.Failure!.Message);
    }

    [Fact]
    public void Import_OfADocxWhoseHeadersUnderstateTheSize_IsRefusedByCountingTheInflatedBytes()
    {
        var bomb = ZipBombs.WithDeclaredSize(ZipBombs.Docx(), "word/document.xml", 4096);

        var document = Importer.Import(bomb, "bom.docx");

        Assert.Empty(document.Agreements);
        Assert.NotNull(document.Failure);
        Assert.StartsWith("Berkas ", document.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OfADocxPartGrowingAThousandfold_IsRefused()
    {
        var document = Importer.Import(ZipBombs.Docx(8L * 1024 * 1024), "bom.docx");

        Assert.Equal("Berkas ditolak: bagian \"word/document.xml\" mengembang lebih dari 100 kali lipat saat dibuka. Dokumen PK tidak begitu; berkas ini rusak atau sengaja dibuat membengkak.", document.Failure!.Message);
    }

    [Fact]
    public void Import_OfAPackageOfThousandsOfParts_IsRefused()
    {
        var document = Importer.Import(ZipBombs.ManyEntries(5000), "bom.docx");

        Assert.Equal("Berkas ditolak: paketnya berisi lebih dari 1000 bagian. Dokumen PK tidak sebanyak itu; berkas ini rusak atau sengaja dibuat membengkak.", document.Failure!.Message);
    }

    [Fact]
    public void XlsxImport_OfAWorkbookInflatingToAHundredMegabytes_IsRefused()
    {
        var read = XlsxImporter.Read(ZipBombs.Xlsx());

        Assert.Empty(read.Agreements);
        var error = Assert.Single(read.Errors);
        Assert.Equal("Berkas ditolak: bagian \"xl/worksheets/sheet1.xml\" lebih dari 16 MB setelah dibuka. " + Swollen, error.Message);
    }

    [Fact]
    public void XlsxImport_OfASheetOfTooManyRows_IsRefused()
    {
        var editor = WorkbookEditor.Open(XlsxExporter.Write(Samples.Read(Samples.Kalaena).Agreements));
        var row = editor.Targets[0];
        for (var i = 0; i < DocumentLimits.SheetRows; i++)
            editor.Targets.Add(new Dictionary<string, object?>(row));

        var read = XlsxImporter.Read(editor.Save());

        Assert.Empty(read.Agreements);
        Assert.Contains(read.Errors, e => e.Message == "Lembar \"" + WorkbookLayout.TargetSheet + "\" ditolak: lebih dari 20.000 baris. Buku kerja PK tidak sepanjang itu; periksa berkasnya.");
    }

    [Fact]
    public void Read_OfTextBeyondTheCharacterLimit_IsRefused()
    {
        var text = Samples.Text(Samples.Kalaena) + new string(' ', DocumentLimits.TextCharacters);

        var read = TextAgreementReader.Read(text, "panjang.txt");

        Assert.Empty(read.Agreements);
        Assert.Equal("Dokumen ditolak: teksnya lebih dari 5.000.000 karakter. Dokumen PK tidak sepanjang itu; periksa berkasnya.", read.Failure!.Message);
    }

    [Fact]
    public void Read_OfTextBeyondTheLineLimit_IsRefused()
    {
        var text = Samples.Text(Samples.Kalaena) + new string('\n', DocumentLimits.TextLines);

        var read = TextAgreementReader.Read(text, "panjang.txt");

        Assert.Equal("Dokumen ditolak: lebih dari 200.000 baris. Dokumen PK tidak sepanjang itu; periksa berkasnya.", read.Failure!.Message);
    }

    [Fact]
    public void DocumentText_OfAFileBeyondTheSizeLimit_IsRefused()
    {
        var text = DocumentText.Read(Encoding.UTF8.GetBytes(new string('a', (int)DocumentLimits.FileBytes + 1)), "besar.txt");

        Assert.Null(text.Text);
        Assert.Equal("Berkas ditolak: ukurannya lebih dari 20 MB. Dokumen PK tidak sebesar itu.", text.Failure!.Message);
    }

    [Theory]
    [InlineData(Samples.Kalaena)]
    [InlineData(Samples.Mangkutana)]
    public void Guard_PassesKinerjasOwnDocxAndXlsx(string seed)
    {
        var agreements = Samples.Read(seed).Agreements;

        Assert.Null(PackageGuard.Check(DocxExporter.Write(agreements, Samples.Print)));
        Assert.Null(PackageGuard.Check(XlsxExporter.Write(agreements)));
    }
}
