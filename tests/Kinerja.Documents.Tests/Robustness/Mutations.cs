using System.IO.Compression;
using System.Text;

namespace Kinerja.Documents.Tests.Robustness;

/// <summary>Deterministic random damage to documents: lines, characters, bytes and the parts inside a package.</summary>
internal sealed class Mutations(int seed)
{
    private static readonly string[] Fragments =
    [
        "\t", "\t\t", "\u001E", "Dalam rangka mewujudkan manajemen pemerintahan yang efektif", "Nama : X", "Jabatan : CAMAT",
        "disebut pihak pertama", "disebut pihak kedua", "LAMPIRAN", "Penjelasan Kinerja 1", "Sasaran : ", "Uraian Sasaran :",
        "Indikator Kinerja : ", "NIP 1980", "<p>", "</p>", "<table><tr><td>", "&amp;", "$\\frac{a}{b}$", "\\", "**", "*", "Rp. 1.000",
        "1.", "(", ")", "Jumlah", "SASARAN\tINDIKATOR\tTARGET", "NO\tPROGRAM/KEGIATAN\tANGGARAN\tKET", "\r", "\0", "\uFFFD", "ﬁ",
    ];

    public Random Random { get; } = new(seed);

    /// <summary>A window of the text's lines with a few lines and characters damaged.</summary>
    public string Text(string text)
    {
        var lines = text.Split('\n').ToList();
        var start = Random.Next(lines.Count);
        var length = Math.Min(lines.Count - start, 40 + Random.Next(300));
        lines = Random.Next(40) == 0 ? lines : lines.GetRange(start, length);
        var count = 1 + Random.Next(12);
        for (var i = 0; i < count && lines.Count > 0; i++)
        {
            var at = Random.Next(lines.Count);
            switch (Random.Next(9))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[Random.Next(lines.Count)]);
                    break;
                case 2:
                    (lines[at], lines[Random.Next(lines.Count)]) = (lines[Random.Next(lines.Count)], lines[at]);
                    break;
                case 3:
                    lines[at] = Insert(lines[at], Fragments[Random.Next(Fragments.Length)]);
                    break;
                case 4:
                    lines[at] = Cut(lines[at]);
                    break;
                case 5:
                    lines.Insert(at, Garbage(Random.Next(200)));
                    break;
                case 6:
                    lines.InsertRange(at, Enumerable.Repeat(lines[at], Random.Next(50)));
                    break;
                case 7:
                    lines[at] = lines[at].Replace('\t', Random.Next(2) == 0 ? ' ' : '\n');
                    break;
                default:
                    lines[at] = lines[at].ToUpperInvariant();
                    break;
            }
        }

        return string.Join(Random.Next(5) == 0 ? "\r\n" : "\n", lines);
    }

    public string Garbage(int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            builder.Append(Random.Next(4) switch
            {
                0 => Fragments[Random.Next(Fragments.Length)],
                1 => (char)Random.Next(0x20, 0x7F),
                2 => "\t\n "[Random.Next(3)],
                _ => (char)Random.Next(0xA0, 0x3000),
            });
        }

        return builder.ToString();
    }

    /// <summary>Bytes flipped, cut or inserted anywhere in the file.</summary>
    public byte[] Bytes(byte[] content)
    {
        var bytes = content.ToList();
        var count = 1 + Random.Next(8);
        for (var i = 0; i < count && bytes.Count > 0; i++)
        {
            var at = Random.Next(bytes.Count);
            switch (Random.Next(3))
            {
                case 0:
                    bytes[at] = (byte)Random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + Random.Next(64)));
                    break;
                default:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + Random.Next(64)).Select(_ => (byte)Random.Next(256)));
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>A valid ZIP again, one XML part of it damaged as text (cut, repeated, characters inserted).</summary>
    public byte[] Part(byte[] package, string partName)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName == partName)
                    text = Xml(text);
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    private string Xml(string xml)
    {
        var count = 1 + Random.Next(6);
        for (var i = 0; i < count && xml.Length > 0; i++)
        {
            var at = Random.Next(xml.Length);
            var span = Math.Min(xml.Length - at, 1 + Random.Next(400));
            xml = Random.Next(5) switch
            {
                0 => xml.Remove(at, span),
                1 => xml.Insert(at, xml.Substring(at, span)),
                2 => xml.Insert(at, Fragments[Random.Next(Fragments.Length)]),
                3 => xml.Insert(at, "<w:tr><w:tc><w:p><w:r><w:t>" + Garbage(40) + "</w:t></w:r></w:p></w:tc></w:tr>"),
                _ => xml.Insert(at, "\"<>&'"[Random.Next(5)].ToString()),
            };
        }

        return xml;
    }

    private string Insert(string line, string fragment) => line.Insert(Random.Next(line.Length + 1), fragment);

    private string Cut(string line)
    {
        if (line.Length == 0)
            return line;
        var at = Random.Next(line.Length);
        return line.Remove(at, Math.Min(line.Length - at, 1 + Random.Next(40)));
    }
}
