using QRCoder;

namespace Kinerja.Documents.Export;

/// <summary>The QR code of a verification address (error correction M), drawn as SVG for print or as PNG for DOCX.</summary>
internal static class QrCode
{
    public static QRCodeData Of(string url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
    }

    /// <summary>A black-on-white PNG, ten pixels a module.</summary>
    public static byte[] Png(string url)
    {
        using var data = Of(url);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}
