using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// The budget of one office and year across its agreements in force (DOMAIN.md §2): each catalogue entry listed once
/// with one amount (<see cref="BudgetItem"/>), a program above its kegiatan and a kegiatan above its sub kegiatan,
/// wherever they are listed. <see cref="BudgetReconciliationRule"/> reports from it; the office's reconciliation page
/// shows it.
/// </summary>
public sealed class OfficeBudget
{
    private OfficeBudget(IReadOnlyList<BudgetItem> items, IReadOnlyList<BudgetItem> roots, IReadOnlyList<(Agreement Agreement, BudgetLine Line)> unknown)
    {
        Items = items;
        Roots = roots;
        Unknown = unknown;
    }

    /// <summary>Every entry listed, in the order first listed.</summary>
    public IReadOnlyList<BudgetItem> Items { get; }

    /// <summary>The entries whose parent is not listed (normally the programs), in the order first listed.</summary>
    public IReadOnlyList<BudgetItem> Roots { get; }

    /// <summary>The lines the catalogue does not know: reported, and reconciled by the document's own hierarchy.</summary>
    public IReadOnlyList<(Agreement Agreement, BudgetLine Line)> Unknown { get; }

    /// <summary>The total without counting a line twice: the sum of the <see cref="Roots"/>.</summary>
    public Rupiah Total => Rupiah.Sum(Roots.Select(r => r.Amount));

    /// <summary>The budget of <paramref name="agreements"/>, taken as the agreements in force of one office and year.</summary>
    public static OfficeBudget Of(NomenclatureCatalogue catalogue, IEnumerable<Agreement> agreements)
    {
        var list = agreements.ToList();
        var resolution = BudgetResolution.Of(catalogue, list);
        return From(resolution, resolution.Lines);
    }

    internal static OfficeBudget From(BudgetResolution resolution, IReadOnlyList<ResolvedBudgetLine> lines)
    {
        var items = lines.GroupBy(l => l.Entry).Select(g => new BudgetItem(g.Key, g.ToList())).ToList();
        var byEntry = items.ToDictionary(i => i.Entry);
        var listed = byEntry.Keys.ToHashSet();
        var roots = new List<BudgetItem>();
        foreach (var item in items)
        {
            var parent = item.Lines.Select(l => resolution.ParentOf(l, listed)).FirstOrDefault(p => p is not null && !p.Equals(item.Entry));
            if (parent is not null && byEntry.TryGetValue(parent, out var parentItem))
                parentItem.Add(item);
            else
                roots.Add(item);
        }

        var unknown = lines.Where(l => !l.Known).Select(l => (l.Agreement, l.Line)).ToList();
        return new OfficeBudget(items, roots, unknown);
    }
}
