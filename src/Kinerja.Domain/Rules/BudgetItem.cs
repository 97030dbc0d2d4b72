using Kinerja.Domain.Common;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// One program, kegiatan or sub kegiatan of an office's budget for a year (<see cref="OfficeBudget"/>): the lines
/// that list it in the office's agreements, the amount it has (the most frequent; the first listed on a tie), and the
/// entries below it listed anywhere in the office's agreements.
/// </summary>
public sealed class BudgetItem
{
    private readonly List<BudgetItem> children = [];

    internal BudgetItem(NomenclatureEntry entry, IReadOnlyList<ResolvedBudgetLine> lines)
    {
        Entry = entry;
        Lines = lines;
        Reference = lines.GroupBy(l => l.Line.Amount).OrderByDescending(g => g.Count()).First().First();
    }

    public NomenclatureEntry Entry { get; }

    /// <summary>Every line that lists this entry, in the order of the agreements and their lines.</summary>
    public IReadOnlyList<ResolvedBudgetLine> Lines { get; }

    /// <summary>The line whose amount counts for the office.</summary>
    public ResolvedBudgetLine Reference { get; }

    public Rupiah Amount => Reference.Line.Amount;

    /// <summary>The lines that list this entry with another amount than <see cref="Amount"/>.</summary>
    public IEnumerable<ResolvedBudgetLine> Disagreeing => Lines.Where(l => l.Line.Amount != Amount);

    /// <summary>The kegiatan of a program, the sub kegiatan of a kegiatan, as listed in the office's agreements.</summary>
    public IReadOnlyList<BudgetItem> Children => children;

    /// <summary>The sum of the children's amounts; null when none is listed (nothing to reconcile).</summary>
    public Rupiah? ChildrenSum => children.Count == 0 ? null : Rupiah.Sum(children.Select(c => c.Amount));

    /// <summary>The amount less the sum of its children: zero when they reconcile; null when no child is listed.</summary>
    public Rupiah? Difference => ChildrenSum is { } sum ? Amount - sum : null;

    internal void Add(BudgetItem child) => children.Add(child);
}
