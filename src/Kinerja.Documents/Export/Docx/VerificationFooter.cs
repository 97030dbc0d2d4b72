using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Agreements;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// The footer of every page of an agreement, as in the print view and the PDF: the QR code of its verification
/// address (a PNG) beside the <see cref="VerificationLines"/>. One footer part per agreement, referenced by each of its
/// sections, so that Word repeats it on every page. Footers are not part of the body that <c>DocxText</c> reads.
/// </summary>
internal static class VerificationFooter
{
    /// <summary>The QR code is printed 2 cm square (in EMU).</summary>
    private const long QrSize = 720_000;

    private static readonly int[] Columns = [1300, DocxLayout.TextWidth - 1300];

    /// <summary>Adds the footer part of <paramref name="agreement"/> and returns its relationship id.</summary>
    public static string Add(MainDocumentPart main, Agreement agreement, int number, string url, string? status, DateOnly generatedAt)
    {
        var lines = VerificationLines.Of(agreement, url, status, generatedAt);
        var part = main.AddNewPart<FooterPart>();
        var image = part.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(QrCode.Png(url)))
            image.FeedData(png);

        var table = DocxElements.Table(Columns, bordered: false);
        table.Append(DocxElements.Row(
            false,
            DocxElements.LayoutCell(Columns[0], [new Paragraph(new Run(Qr(part.GetIdOfPart(image), number)))]),
            DocxElements.LayoutCell(Columns[1], [
                Line(lines.ScanToVerify),
                Line(lines.Url),
                Line(lines.Fingerprint, bold: true),
                Line(lines.Details),
            ])));
        part.Footer = new Footer(table, new Paragraph());
        part.Footer.Save();
        return main.GetIdOfPart(part);
    }

    private static Paragraph Line(string text, bool bold = false)
    {
        var paragraph = DocxElements.Paragraph(text, DocxStyles.Footer, bold: bold);
        return paragraph;
    }

    private static Drawing Qr(string imageId, int number)
    {
        var name = "QR " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = QrSize, Cy = QrSize },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = (UInt32Value)(uint)number, Name = name, Description = "Kode QR verifikasi" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = imageId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = QrSize, Cy = QrSize }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }
}
