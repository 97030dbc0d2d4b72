using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// The budget lines of one office's agreements resolved against the catalogue, and where each belongs. A line is
/// resolved by its code; a line without a code by its name. A code the catalogue does not know is never replaced by
/// another entry of the same name: the line stands for itself (a name match is only a suggestion,
/// <see cref="Suggestion"/>). The penunjang program is read as the office's own: the catalogue as the office's
/// bidang reads it (<see cref="NomenclatureCatalogue.ForBidang"/>), the bidang being the one the office's other lines
/// name. A known line belongs to its catalogue parent when that is listed; otherwise, and for every line the
/// catalogue does not know, to the line above it in its own table (<see cref="BudgetOutline"/>) when one of the two
/// is not known to the catalogue.
/// </summary>
public sealed class BudgetResolution
{
    private readonly Dictionary<BudgetLine, ResolvedBudgetLine> byLine = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Guid, BudgetOutline> outlines = [];

    private BudgetResolution(NomenclatureCatalogue catalogue, IEnumerable<Agreement> agreements)
    {
        Catalogue = catalogue;
        var lines = new List<ResolvedBudgetLine>();
        foreach (var agreement in agreements)
        {
            outlines[agreement.Id] = agreement.BudgetOutline;
            foreach (var line in agreement.BudgetLines)
            {
                var resolved = Resolve(catalogue, agreement, line);
                byLine[line] = resolved;
                lines.Add(resolved);
            }
        }

        Lines = lines;
    }

    /// <summary>The catalogue the lines were resolved against (the office's bidang's reading).</summary>
    public NomenclatureCatalogue Catalogue { get; }

    /// <summary>Every line of the agreements, in order.</summary>
    public IReadOnlyList<ResolvedBudgetLine> Lines { get; }

    /// <summary>Resolves the lines of <paramref name="agreements"/>, taken as the agreements of one office and year.</summary>
    public static BudgetResolution Of(NomenclatureCatalogue catalogue, IReadOnlyCollection<Agreement> agreements) =>
        new(CatalogueFor(catalogue, agreements), agreements);

    /// <summary>
    /// The catalogue as the office of <paramref name="agreements"/> reads it: with the penunjang program of its bidang
    /// (<see cref="NomenclatureCatalogue.ForBidang"/>), the bidang most of its other lines name (by code, else by the
    /// exact name); the catalogue itself when none does.
    /// </summary>
    public static NomenclatureCatalogue CatalogueFor(NomenclatureCatalogue catalogue, IEnumerable<Agreement> agreements)
    {
        var bidang = agreements
            .SelectMany(a => a.BudgetLines)
            .Select(l => string.IsNullOrWhiteSpace(l.Code) ? catalogue.FindByName(l.Name, l.Level)?.Code : catalogue.FindByCode(l.Code)?.Code)
            .Where(code => code is not null && !NomenclatureCode.IsPenunjang(code))
            .Select(NomenclatureCode.BidangOf)
            .Where(b => b is not null)
            .GroupBy(b => b!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return bidang is null ? catalogue : catalogue.ForBidang(bidang);
    }

    /// <summary>The resolution of one line of the agreements.</summary>
    public ResolvedBudgetLine this[BudgetLine line] => byLine[line];

    /// <summary>
    /// The entry <paramref name="line"/> belongs to among <paramref name="listed"/>: its catalogue parent when listed;
    /// else the line above it in its own table, when either of the two is not known to the catalogue; else none.
    /// </summary>
    public NomenclatureEntry? ParentOf(ResolvedBudgetLine line, IReadOnlySet<NomenclatureEntry> listed)
    {
        if (line.Known && Catalogue.ParentOf(line.Entry) is { } parent && listed.Contains(parent))
            return parent;
        if (outlines[line.Agreement.Id].ParentOf(line.Line) is not { } above)
            return null;
        var resolvedAbove = byLine[above];
        return !line.Known || !resolvedAbove.Known ? resolvedAbove.Entry : null;
    }

    /// <summary>For a line whose code the catalogue does not know: the entry its name would match, offered as a suggestion only.</summary>
    public NomenclatureEntry? Suggestion(ResolvedBudgetLine line) =>
        line.Known || line.Line.Code is null ? null : Catalogue.Resolve(line.Line.Name, line.Line.Level);

    /// <summary>The catalogue entry of a budget line: by its code when it has one (never another code), else by its name; null when unknown.</summary>
    public static NomenclatureEntry? EntryOf(NomenclatureCatalogue catalogue, BudgetLine line) =>
        string.IsNullOrWhiteSpace(line.Code) ? catalogue.Resolve(line.Name, line.Level) : catalogue.FindByCode(line.Code);

    private static ResolvedBudgetLine Resolve(NomenclatureCatalogue catalogue, Agreement agreement, BudgetLine line)
    {
        var entry = EntryOf(catalogue, line);
        return entry is not null
            ? new ResolvedBudgetLine(agreement, line, entry)
            : new ResolvedBudgetLine(agreement, line, new NomenclatureEntry(line.Code?.Trim(), line.Level, line.Name, null), Known: false);
    }
}
