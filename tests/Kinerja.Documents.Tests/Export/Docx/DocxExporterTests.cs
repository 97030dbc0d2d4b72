using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Docx;
using Kinerja.Documents.Export.Docx;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Tests.Export.Docx;

/// <summary>The Word document of a PK: valid Open XML, A4 portrait, real styles and tables, the standard wording.</summary>
public sealed class DocxExporterTests
{
    private static readonly IReadOnlyList<Agreement> Kalaena = Samples.Read(Samples.Kalaena).Agreements;
    private static readonly IReadOnlyList<Agreement> Mangkutana = Samples.Read(Samples.Mangkutana).Agreements;

    [Theory]
    [InlineData(Samples.Kalaena)]
    [InlineData(Samples.Mangkutana)]
    public void Write_WholeOffice_IsValidOpenXml(string seed)
    {
        var bytes = DocxExporter.Write(Samples.Read(seed).Agreements, Samples.Print);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
    }

    [Fact]
    public void Write_OneAgreement_HasThreeA4PortraitSections()
    {
        using var document = Open(DocxExporter.Write([Kalaena[0]], Samples.Print));
        var sections = document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();

        Assert.Equal(3, sections.Count);
        Assert.All(sections, s =>
        {
            var size = s.GetFirstChild<PageSize>()!;
            Assert.Equal(11906u, size.Width!.Value);
            Assert.Equal(16838u, size.Height!.Value);
            Assert.Equal(PageOrientationValues.Portrait, size.Orient!.Value);
            Assert.True(s.GetFirstChild<PageMargin>()!.Left!.Value >= 1134u);
        });
    }

    [Fact]
    public void Write_WholeOffice_BreaksThePageBetweenAgreementsAndLampiran()
    {
        using var document = Open(DocxExporter.Write(Kalaena, Samples.Print));
        var sections = document.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();

        Assert.Equal(7 * 3, sections.Count);
        Assert.All(sections, s => Assert.Equal(SectionMarkValues.NextPage, s.GetFirstChild<SectionType>()!.Val!.Value));
    }

    [Fact]
    public void Write_Styles_DefineNormalTitleHeadingsAndATableStyle()
    {
        using var document = Open(DocxExporter.Write([Kalaena[0]], Samples.Print));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var ids = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToList();

        Assert.Contains("Normal", ids);
        Assert.Contains("Title", ids);
        Assert.Contains("Heading1", ids);
        Assert.Contains("Heading2", ids);
        Assert.Contains(styles.Elements<Style>(), s => s.Type!.Value == StyleValues.Table && s.StyleTableProperties?.TableBorders is not null);
        var fonts = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
    }

    [Fact]
    public void Write_Tables_HaveRepeatedHeaderRowsUnsplittableRowsAndFitTheMargins()
    {
        using var document = Open(DocxExporter.Write([Kalaena[0]], Samples.Print));
        var tables = document.MainDocumentPart!.Document!.Body!.Descendants<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()!.TableBorders is not null)
            .ToList();

        Assert.True(tables.Count >= 4);
        Assert.All(tables, t =>
        {
            Assert.Equal(TableLayoutValues.Fixed, t.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
            var width = t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(11906 - 1418 - 1134, width);
            Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        });
        var lampiran1 = tables.Take(2).SelectMany(t => t.Elements<TableRow>());
        Assert.All(lampiran1, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Write_Agreement_PrintsTheStandardPageOfAPk()
    {
        var text = DocxText.Extract(new MemoryStream(DocxExporter.Write([Kalaena[1]], Samples.Print)));

        Assert.StartsWith("PEMERINTAH KABUPATEN LUWU TIMUR\nKECAMATAN KALAENA\n\nPERJANJIAN KINERJA TAHUN 2025\n", text, StringComparison.Ordinal);
        Assert.Contains(Kinerja.Documents.Export.AgreementWording.Opening, text, StringComparison.Ordinal);
        Assert.Contains("Nama : BURHANUDDIN, S.H.\n\nJabatan : SEKRETARIS CAMAT\n\nselanjutnya disebut PIHAK PERTAMA.", text, StringComparison.Ordinal);
        Assert.Contains("Nama : H. MARSUKI, S.Pd., M.M.\n\nJabatan : CAMAT KALAENA\n\nselaku atasan Pihak Pertama, selanjutnya disebut PIHAK KEDUA.", text, StringComparison.Ordinal);
        Assert.Contains("Kalaena, 2 Januari 2025", text, StringComparison.Ordinal);
        Assert.Contains("PIHAK KEDUA,\nCAMAT KALAENA,", text, StringComparison.Ordinal);
        Assert.Contains("LAMPIRAN 1\nPERJANJIAN KINERJA SEKRETARIS CAMAT", text, StringComparison.Ordinal);
        Assert.Contains("No\tProgram/Kegiatan/Sub Kegiatan\tAnggaran\tKet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Agreement_OpensWithTheKopInItsOwnStyle()
    {
        using var document = Open(DocxExporter.Write([Kalaena[0]], Samples.Print));
        var first = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First();

        Assert.Equal("Letterhead", first.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("PEMERINTAH KABUPATEN LUWU TIMURKECAMATAN KALAENA", first.InnerText);
    }

    [Fact]
    public void Write_EverySection_HasTheFooterWithTheQrPngUrlAndFingerprintOfItsAgreement()
    {
        using var document = Open(DocxExporter.Write(Kalaena, Samples.Print));
        var main = document.MainDocumentPart!;
        var sections = main.Document!.Body!.Descendants<SectionProperties>().ToList();
        var ordered = Kinerja.Documents.Export.AgreementOrder.InHierarchyOrder(Kalaena, null);

        Assert.Equal(7, main.FooterParts.Count());
        for (var i = 0; i < sections.Count; i++)
        {
            var reference = Assert.Single(sections[i].Elements<FooterReference>());
            Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
            var footer = (FooterPart)main.GetPartById(reference.Id!.Value!);
            var agreement = ordered[i / 3];
            var text = string.Join('\n', footer.Footer!.Descendants<Paragraph>().Select(p => p.InnerText));

            Assert.Contains("Pindai kode QR untuk memeriksa keaslian dokumen ini:", text, StringComparison.Ordinal);
            Assert.Contains("https://kinerja.example/verifikasi/" + agreement.Id.ToString("D"), text, StringComparison.Ordinal);
            Assert.Contains("Sidik dokumen: " + AgreementFingerprint.Short(AgreementFingerprint.Compute(agreement)), text, StringComparison.Ordinal);
            Assert.Contains("Dicetak 5 Januari 2026 · " + agreement.FirstParty.Position, text, StringComparison.Ordinal);
            var image = Assert.Single(footer.ImageParts);
            Assert.Equal("image/png", image.ContentType);
            using var png = image.GetStream();
            var signature = new byte[8];
            png.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
            var blip = footer.Footer.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            Assert.Equal(footer.GetIdOfPart(image), blip.Embed!.Value);
        }
    }

    [Fact]
    public void Write_WithStatus_PrintsItInTheFooter()
    {
        using var document = Open(DocxExporter.Write([new Kinerja.Documents.Export.Html.PrintedAgreement(Kalaena[0], Status: "Dipublikasikan")], Samples.Print));

        var footer = Assert.Single(document.MainDocumentPart!.FooterParts);
        Assert.Contains("Status: Dipublikasikan · Dicetak 5 Januari 2026", footer.Footer!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Amendment_PrintsItsTitleAndGroupedNip()
    {
        var text = DocxText.Extract(new MemoryStream(DocxExporter.Write([Mangkutana[0]], Samples.Print)));

        Assert.StartsWith("PEMERINTAH KABUPATEN LUWU TIMUR\nKECAMATAN MANGKUTANA\n\nPERJANJIAN KINERJA PERUBAHAN TAHUN 2025\n", text, StringComparison.Ordinal);
        Assert.Contains("NIP : 19701024 199203 2 005", text, StringComparison.Ordinal);
        Assert.Contains("DARMAWATI, SE\nNIP 19701024 199203 2 005", text, StringComparison.Ordinal);
        Assert.Contains("Luwu Timur, 1 Oktober 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BudgetTable_RightAlignsRupiahAndEndsWithTheTotal()
    {
        using var document = Open(DocxExporter.Write([Kalaena[0]], Samples.Print));
        var budget = document.MainDocumentPart!.Document!.Body!.Descendants<Table>().First(t => t.InnerText.StartsWith("NoProgram/Kegiatan", StringComparison.Ordinal));
        var rows = budget.Elements<TableRow>().ToList();
        var first = rows.First(r => r.InnerText.Contains("Rp 11.990.000", StringComparison.Ordinal));
        var amount = first.Elements<TableCell>().ElementAt(2);

        Assert.Equal(JustificationValues.Right, amount.Descendants<Justification>().Single().Val!.Value);
        var total = Kalaena[0].BudgetLines.Where(b => b.Level == BudgetLevel.Program).Sum(b => b.Amount.Value);
        Assert.Equal("Jumlah" + new Kinerja.Domain.Common.Rupiah(total), rows[^1].InnerText);
    }

    [Fact]
    public void Write_WholeOffice_OrdersAgreementsDownTheHierarchy()
    {
        var shuffled = Kalaena.Reverse().ToList();

        using var document = Open(DocxExporter.Write(shuffled, Samples.Print));
        var positions = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => p.InnerText)
            .Where(t => t.StartsWith("Jabatan", StringComparison.Ordinal))
            .Where((_, i) => i % 2 == 0)
            .Select(t => t.Split(": ")[1])
            .ToList();

        Assert.Equal(
            ["CAMAT KALAENA", "SEKRETARIS CAMAT", "KEPALA SEKSI PEMERINTAHAN UMUM", "KEPALA SEKSI PELAYANAN UMUM",
             "KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", "KEPALA SUB BAGIAN UMUM DAN KEUANGAN", "KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN"],
            positions);
    }

    [Fact]
    public void Write_PenjelasanWrittenInTheEditor_PrintsItWithTheTablesOfItsIndicators()
    {
        var agreement = Samples.Read(Samples.Kalaena).Agreements[1].Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan").Value!;
        var sasaran = agreement.Sasarans[0];
        Assert.True(agreement.RemoveExplanation(sasaran.Id).Success);

        Assert.True(agreement.SetExplanation(sasaran.Id, "Penunjang urusan pemerintahan dinilai setiap triwulan.").Success);
        var text = DocxText.Extract(new MemoryStream(DocxExporter.Write([agreement], Samples.Print)));

        Assert.Contains("Penunjang urusan pemerintahan dinilai setiap triwulan.", text, StringComparison.Ordinal);
        var lampiran2 = text[text.IndexOf(Kinerja.Documents.Export.AgreementWording.ExplanationTitle, StringComparison.Ordinal)..];
        Assert.All(sasaran.Indicators, i => Assert.Contains(i.Text, lampiran2, StringComparison.Ordinal));
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
