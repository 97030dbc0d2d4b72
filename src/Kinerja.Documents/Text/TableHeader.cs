namespace Kinerja.Documents.Text;

/// <summary>
/// A recognised table header row and the index of each column it names. Headers are recognised by their
/// words, not their position, so other layouts of the same tables read too.
/// </summary>
internal sealed class TableHeader
{
    private TableHeader(TableKind kind, string[] cells)
    {
        Kind = kind;
        Cells = cells;
    }

    public TableKind Kind { get; }

    public string[] Cells { get; }

    /// <summary>The number of columns the header names (trailing empty cells do not count).</summary>
    public int Width => Cells.Length;

    public int Number { get; private set; } = -1;

    public int Sasaran { get; private set; } = -1;

    public int Indicator { get; private set; } = -1;

    public int Target { get; private set; } = -1;

    public int Name { get; private set; } = -1;

    public int Amount { get; private set; } = -1;

    public int Source { get; private set; } = -1;

    public int Definition { get; private set; } = -1;

    public int Relevance { get; private set; } = -1;

    public int Formula { get; private set; } = -1;

    public int DataSource { get; private set; } = -1;

    public int Explanation { get; private set; } = -1;

    /// <summary>The heading of the sasaran or name column, upper case (e.g. "SASARAN SUB KEGIATAN", "PROGRAM/ KEGIATAN").</summary>
    public string SubjectHeading { get; private set; } = string.Empty;

    public static TableHeader? TryRecognise(SourceLine line)
    {
        var cells = TrimTrailingEmpty(line.Cells.Select(c => TextCleaner.StripMarkers(c).ToUpperInvariant()).ToArray());
        if (cells.Length < 2 || cells.Any(c => c.Length > 60))
            return null;

        int Find(params string[] prefixes) =>
            Array.FindIndex(cells, c => prefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal)));

        var anggaran = Find("ANGGARAN", "PAGU");
        var sasaran = Find("SASARAN");
        var indikator = Find("INDIKATOR");
        var target = Find("TARGET");
        var penjelasan = Array.FindIndex(cells, c => c == "PENJELASAN" || c == "KETERANGAN TARGET");
        var relevansi = Find("RELEVANSI");
        var formulasi = Find("FORMULASI", "FORMULA", "RUMUS");
        var sumberData = Find("SUMBER DATA");

        TableHeader header;
        if (anggaran >= 0 && cells[anggaran].Length <= 20)
        {
            header = new TableHeader(TableKind.Budget, cells)
            {
                Amount = anggaran,
                Name = Find("PROGRAM", "KEGIATAN", "SUB KEGIATAN", "URAIAN", "NAMA"),
                Source = Find("KET", "SUMBER DANA", "SUMBER"),
            };
            if (header.Name < 0)
                header.Name = anggaran > 1 ? anggaran - 1 : 0;
            header.SubjectHeading = cells[header.Name];
        }
        else if (sasaran >= 0 && indikator >= 0 && target >= 0 && penjelasan < 0 && relevansi < 0)
        {
            header = new TableHeader(TableKind.Targets, cells)
            {
                Sasaran = sasaran,
                Indicator = indikator,
                Target = target,
                SubjectHeading = cells[sasaran],
            };
        }
        else if (relevansi >= 0 || formulasi >= 0 || sumberData >= 0)
        {
            header = new TableHeader(TableKind.IndicatorExplanations, cells)
            {
                Indicator = indikator,
                Definition = Find("DEFENISI", "DEFINISI", "URAIAN", "PENJELASAN"),
                Relevance = relevansi,
                Formula = formulasi,
                DataSource = sumberData,
            };
        }
        else if (target >= 0 && penjelasan >= 0)
        {
            header = new TableHeader(TableKind.TargetExplanations, cells)
            {
                Indicator = indikator,
                Target = target,
                Explanation = penjelasan,
            };
        }
        else if (LooksLikeHeaderRow(cells, TrimTrailingEmpty(line.Cells)))
        {
            header = new TableHeader(TableKind.Other, cells);
        }
        else
        {
            return null;
        }

        var first = cells[0].TrimEnd('.');
        if (first is "NO" or "NOMOR" or "")
            header.Number = 0;
        return header;
    }

    /// <summary>Every named cell is a capitalised word group without digits, and at least two are named.</summary>
    private static bool LooksLikeHeaderRow(string[] upper, string[] original)
    {
        var named = 0;
        for (var i = 0; i < upper.Length; i++)
        {
            if (upper[i].Length == 0)
                continue;
            if (upper[i].Any(char.IsDigit) || !TextNormalizer.IsMostlyUpperCase(original[i]))
                return false;
            named++;
        }

        return named >= 2;
    }

    public static string[] TrimTrailingEmpty(string[] cells)
    {
        var length = cells.Length;
        while (length > 0 && string.IsNullOrWhiteSpace(cells[length - 1]))
            length--;
        return cells[..length];
    }
}
