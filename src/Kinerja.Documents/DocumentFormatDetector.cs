using System.IO.Compression;
using System.Text;

namespace Kinerja.Documents;

/// <summary>
/// Tells an uploaded file's format from its first bytes: a ZIP package (PK\x03\x04) holding word/document.xml is DOCX,
/// one holding xl/workbook.xml is XLSX; %PDF is PDF; D0 CF 11 E0 is an old Word/Excel file; valid UTF-8 is text.
/// </summary>
public static class DocumentFormatDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentFormatKind Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("PK\u0003\u0004"u8))
            return DocumentFormatKind.Zip;
        if (content.StartsWith("%PDF"u8))
            return DocumentFormatKind.Pdf;
        if (content.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            return DocumentFormatKind.LegacyOffice;
        return TryDecodeText(content, out _) ? DocumentFormatKind.Text : DocumentFormatKind.Binary;
    }

    /// <summary>The format of a whole file; a ZIP package is looked into.</summary>
    public static DocumentFormatKind Detect(byte[] content)
    {
        var kind = Detect(content.AsSpan());
        if (kind != DocumentFormatKind.Zip)
            return kind;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null)
                return DocumentFormatKind.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null)
                return DocumentFormatKind.Xlsx;
        }
        catch (InvalidDataException)
        {
            return DocumentFormatKind.Zip;
        }

        return DocumentFormatKind.Zip;
    }

    /// <summary>Decodes UTF-8 text (a byte order mark is dropped); false when the bytes are not UTF-8 or hold NUL characters.</summary>
    public static bool TryDecodeText(ReadOnlySpan<byte> content, out string text)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
            content = content[Encoding.UTF8.Preamble.Length..];
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }

        return !text.Contains('\0', StringComparison.Ordinal);
    }
}
