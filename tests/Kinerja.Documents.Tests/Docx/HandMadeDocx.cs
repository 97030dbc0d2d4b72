using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kinerja.Documents.Tests.Docx;

/// <summary>
/// Builds a PK the way someone types it in Word, not as Kinerja exports it: other wording, separate title paragraphs,
/// empty paragraphs for spacing, the parties in a borderless "Nama : ..." table, a "Table Grid" style giving the
/// borders, a repeated header row, a vertically merged sasaran, a wrapped cell with a line break, "Rp." amounts with
/// ",-" and a JUMLAH row.
/// </summary>
internal sealed class HandMadeDocx
{
    private readonly Body body = new();

    public static byte[] Kecamatan()
    {
        var doc = new HandMadeDocx();
        doc.Para("PEMERINTAH KABUPATEN LUWU TIMUR").Para("KECAMATAN WOTU").Empty().Empty()
            .Para("PERJANJIAN KINERJA TAHUN 2025").Empty()
            .Para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, maka kami yang bertandatangan dibawah ini:")
            .Empty()
            .Form(("Nama", "SUPARMAN, S.Sos., M.Si."), ("NIP", "19800101 200501 1 003"), ("Jabatan", "CAMAT WOTU"))
            .Para("Selanjutnya disebut pihak pertama;").Empty()
            .Form(("Nama", "Ir. H. IRWAN BACHRI SYAM, S.T., IPM."), ("Jabatan", "BUPATI LUWU TIMUR"))
            .Para("Selaku atasan pihak pertama, selanjutnya disebut pihak kedua.").Empty()
            .Para("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.")
            .Para("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja.")
            .Empty().Para("Wotu, 3 Januari 2025").Empty()
            .Signatures()
            .PageBreak()
            .Para("LAMPIRAN 1").Para("PERJANJIAN KINERJA CAMAT WOTU").Para("TAHUN 2025").Empty()
            .Grid(
                ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET"],
                ["1.", "Meningkatnya Kualitas Pelayanan Publik\u0001di Kecamatan Wotu", "Indeks Kepuasan Masyarakat (IKM)", "88,5"],
                ["\u0002", "\u0002", "Persentase pengaduan yang ditindaklanjuti", "100 %"],
                ["2.", "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", "Nilai AKIP Perangkat Daerah", "70,05 Nilai"])
            .Empty().Empty()
            .Grid(
                ["NO", "PROGRAM/ KEGIATAN", "ANGGARAN", "KET"],
                ["1.", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Rp. 11.990.000,-", "APBD"],
                ["1.1.", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", "Rp. 11.990.000,-", "APBD"],
                ["2.", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "Rp 112.362.000", "APBD"],
                ["2.1.", "Koordinasi Kegiatan Pemberdayaan Desa", "Rp. 112.362.000,-", "APBD"],
                ["", "JUMLAH", "Rp. 124.352.000,-", ""])
            .Empty().Para("Wotu, 3 Januari 2025").Signatures();
        return doc.Save();
    }

    private HandMadeDocx Para(string text)
    {
        body.Append(new Paragraph(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    private HandMadeDocx Empty()
    {
        body.Append(new Paragraph());
        return this;
    }

    private HandMadeDocx PageBreak()
    {
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>A borderless table: label | ":" | value.</summary>
    private HandMadeDocx Form(params (string Label, string Value)[] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "9000", Type = TableWidthUnitValues.Dxa }));
        foreach (var (label, value) in rows)
            table.Append(new TableRow(Cell(label), Cell(":"), Cell(value)));
        body.Append(table);
        return this;
    }

    private HandMadeDocx Signatures()
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "9000", Type = TableWidthUnitValues.Dxa }));
        table.Append(new TableRow(
            Cell("Pihak Kedua,\nBUPATI LUWU TIMUR,\n\n\n\nIr. H. IRWAN BACHRI SYAM, S.T., IPM."),
            Cell("Pihak Pertama,\nCAMAT WOTU,\n\n\n\nSUPARMAN, S.Sos., M.Si.\nNIP. 19800101 200501 1 003")));
        body.Append(table);
        return this;
    }

    /// <summary>
    /// A table in the "TableGrid" style (borders from the style, none of its own) with a repeated header row. In a
    /// cell, \u0001 is a line break inside the paragraph and \u0002 continues the merged cell above.
    /// </summary>
    private HandMadeDocx Grid(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }));
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            if (r == 0)
                row.Append(new TableRowProperties(new TableHeader()));
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                var merged = r + 1 < rows.Length && rows[r + 1][c] == "\u0002";
                var cell = text == "\u0002"
                    ? new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph())
                    : Cell(text);
                if (merged)
                    cell.PrependChild(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }));
                row.Append(cell);
            }

            table.Append(row);
        }

        body.Append(table);
        return this;
    }

    /// <summary>A cell: \n separates paragraphs, \u0001 is a line break within one.</summary>
    private static TableCell Cell(string text)
    {
        var cell = new TableCell();
        foreach (var line in text.Split('\n'))
        {
            var paragraph = new Paragraph();
            var parts = line.Split('\u0001');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                    paragraph.Append(new Run(new Break()));
                paragraph.Append(new Run(new W.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve }));
            }

            cell.Append(paragraph);
        }

        return cell;
    }

    private byte[] Save()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
            {
                Type = StyleValues.Table,
                StyleId = "TableGrid",
            });
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
