using System.Text.RegularExpressions;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Text;

/// <summary>
/// Turns budget rows into budget lines, deciding each line's level from what the document shows: a section row
/// ("Program", "Kegiatan", "Sub Kegiatan"), a name starting with "Program", the column heading ("SUB KEGIATAN"),
/// or the numbering (Roman numerals and letters above Arabic numbers; "1." above "1.1.").
/// </summary>
internal sealed partial class BudgetBuilder(IReadOnlyList<RawBudgetRow> rows)
{
    /// <summary>
    /// The budget lines. A line repeated with the same level, name and amount (a Lampiran 1 printed twice, short and
    /// detailed) is one line; the repetition lends its source of funds when the first had none.
    /// </summary>
    public IReadOnlyList<BudgetLine> Build()
    {
        var result = new List<BudgetLine>();
        foreach (var row in rows)
        {
            var amount = Rupiah.Parse(row.Amount);
            var line = new BudgetLine(row.Number, LevelOf(row), row.Name, amount.Success ? amount.Value : Rupiah.Zero, Source(row), row.Line);
            var index = result.FindIndex(l => l.Level == line.Level && l.Amount == line.Amount &&
                                              TextNormalizer.Key(l.Name) == TextNormalizer.Key(line.Name));
            if (index < 0)
                result.Add(line);
            else if (result[index].Source is null && line.Source is not null)
                result[index] = new BudgetLine(result[index].Number, line.Level, result[index].Name, line.Amount, line.Source, result[index].SourceLine);
        }

        return result;
    }

    /// <summary>Rows whose amount does not read as Rupiah; the reader reports them.</summary>
    public IEnumerable<RawBudgetRow> Unreadable => rows.Where(r => !Rupiah.Parse(r.Amount).Success);

    private static string? Source(RawBudgetRow row) => row.Source.Length == 0 ? null : row.Source;

    private BudgetLevel LevelOf(RawBudgetRow row)
    {
        switch (row.Section)
        {
            case "PROGRAM":
                return BudgetLevel.Program;
            case "KEGIATAN":
                return BudgetLevel.Kegiatan;
            case "SUB KEGIATAN":
                return BudgetLevel.SubKegiatan;
        }

        if (row.Name.StartsWith("PROGRAM ", StringComparison.OrdinalIgnoreCase))
            return BudgetLevel.Program;

        var heading = row.Header.SubjectHeading;
        if (heading.Contains("SUB KEGIATAN", StringComparison.Ordinal))
            return BudgetLevel.SubKegiatan;
        if (!heading.Contains("KEGIATAN", StringComparison.Ordinal))
            return BudgetLevel.Program;

        // A "PROGRAM/ KEGIATAN" table: the higher numbering is the program.
        if (HigherNumber().IsMatch(row.Number))
            return BudgetLevel.Program;
        var tableHasHigher = rows.Any(r => ReferenceEquals(r.Header, row.Header) && HigherNumber().IsMatch(r.Number));
        if (!tableHasHigher && Depth(row.Number) == 1 && rows.Any(r => Depth(r.Number) >= 2))
            return BudgetLevel.Program;
        return BudgetLevel.Kegiatan;
    }

    internal static int Depth(string number) => number.Trim('.').Split('.', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:[IVX]+|[A-Z])\.?$")]
    internal static partial Regex HigherNumber();
}
