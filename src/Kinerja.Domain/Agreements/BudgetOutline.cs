using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// The hierarchy of an anggaran table as the document itself lays it out: a line belongs to the nearest line above it
/// of a higher level (a kegiatan to the program above it, a sub kegiatan to the kegiatan or program above it); a line
/// with none above is top level, whatever its level (a Kepala Seksi's table starts at the kegiatan). The one place
/// that numbers a table ("1.", "1.1.", "1.1.1.") and totals it (the sum of the top-level lines).
/// </summary>
public sealed class BudgetOutline
{
    private readonly IReadOnlyList<BudgetLine> lines;
    private readonly int[] parents;
    private readonly string[] numbers;
    private readonly Dictionary<BudgetLine, int> indexes = new(ReferenceEqualityComparer.Instance);

    public BudgetOutline(IReadOnlyList<BudgetLine> lines)
    {
        this.lines = lines;
        parents = new int[lines.Count];
        numbers = new string[lines.Count];
        var children = new int[lines.Count + 1];
        for (var i = 0; i < lines.Count; i++)
        {
            indexes[lines[i]] = i;
            parents[i] = -1;
            for (var j = i - 1; j >= 0; j--)
            {
                if (lines[j].Level < lines[i].Level)
                {
                    parents[i] = j;
                    break;
                }
            }

            var parent = parents[i];
            var position = ++children[parent + 1];
            numbers[i] = (parent < 0 ? string.Empty : numbers[parent]) + position.ToString(CultureInfo.InvariantCulture) + ".";
            children[i + 1] = 0;
        }

        Roots = Enumerable.Range(0, lines.Count).Where(i => parents[i] < 0).Select(i => lines[i]).ToList();
    }

    /// <summary>The top-level lines, in order.</summary>
    public IReadOnlyList<BudgetLine> Roots { get; }

    /// <summary>The sum of the top-level lines: what the table adds up to, no line counted twice.</summary>
    public Rupiah Total => Rupiah.Sum(Roots.Select(r => r.Amount));

    /// <summary>The line above <paramref name="line"/> it belongs to; null for a top-level line.</summary>
    public BudgetLine? ParentOf(BudgetLine line) => parents[IndexOf(line)] is var p and >= 0 ? lines[p] : null;

    /// <summary>The lines that belong to <paramref name="line"/>, in order.</summary>
    public IReadOnlyList<BudgetLine> ChildrenOf(BudgetLine line)
    {
        var index = IndexOf(line);
        return Enumerable.Range(index + 1, lines.Count - index - 1).Where(i => parents[i] == index).Select(i => lines[i]).ToList();
    }

    /// <summary>The number the line prints with: "1." for the first top-level line, "1.2." for its second child, ….</summary>
    public string NumberOf(BudgetLine line) => numbers[IndexOf(line)];

    private int IndexOf(BudgetLine line) =>
        indexes.TryGetValue(line, out var index) ? index : throw new ArgumentException("The line is not part of this table.", nameof(line));
}
