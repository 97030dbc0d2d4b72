using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Kinerja.Testing;

/// <summary>
/// Small, valid DOCX and XLSX packages whose main part inflates to a chosen size of highly compressible markup
/// ("zip bombs"), written as a stream so that the test itself never holds the inflated part in memory.
/// </summary>
public static class ZipBombs
{
    public const long HundredMegabytes = 100L * 1024 * 1024;

    /// <summary>A Word document whose word/document.xml is about <paramref name="documentBytes"/> bytes of paragraphs.</summary>
    public static byte[] Docx(long documentBytes = HundredMegabytes) =>
        Package(
            [
                ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
                ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ],
            "word/document.xml",
            """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""",
            "<w:p><w:r><w:t>Dalam rangka mewujudkan manajemen pemerintahan yang efektif</w:t></w:r></w:p>",
            "</w:body></w:document>",
            documentBytes);

    /// <summary>A workbook whose one sheet is about <paramref name="sheetBytes"/> bytes of rows.</summary>
    public static byte[] Xlsx(long sheetBytes = HundredMegabytes) =>
        Package(
            [
                ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
                ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
                ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Perjanjian" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
                ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
            ],
            "xl/worksheets/sheet1.xml",
            """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""",
            """<row><c t="inlineStr"><is><t>Kecamatan Kalaena</t></is></c></row>""",
            "</sheetData></worksheet>",
            sheetBytes);

    /// <summary>
    /// The same package with the inflated size of <paramref name="entryName"/> written as <paramref name="declared"/> in
    /// its local and central headers: a reader that trusts the headers sees a small part.
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] package, string entryName, uint declared)
    {
        var bytes = (byte[])package.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (sizeAt, nameLengthAt, nameAt) = signature switch
            {
                0x04034b50 => (22, 26, 30),
                0x02014b50 => (24, 28, 46),
                _ => (-1, 0, 0),
            };
            if (sizeAt < 0 || BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + nameLengthAt)) != name.Length ||
                !bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
                continue;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeAt), declared);
        }

        return bytes;
    }

    /// <summary>A ZIP of <paramref name="count"/> empty parts beside a small word/document.xml.</summary>
    public static byte[] ManyEntries(int count)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            for (var i = 0; i < count; i++)
                zip.CreateEntry("word/media/part" + i + ".xml", CompressionLevel.Fastest);
        }

        return output.ToArray();
    }

    private static byte[] Package((string Name, string Text)[] parts, string bombName, string head, string repeated, string tail, long size)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
                Write(zip, name, text);

            using var stream = zip.CreateEntry(bombName, CompressionLevel.Optimal).Open();
            stream.Write(Encoding.UTF8.GetBytes(head));
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(repeated, Math.Max(1, 65536 / repeated.Length))));
            for (long written = 0; written < size; written += block.Length)
                stream.Write(block);
            stream.Write(Encoding.UTF8.GetBytes(tail));
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
