using Kinerja.Domain.Agreements;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Export;

/// <summary>
/// The order in which an office's agreements are printed: by office and year, then down the hierarchy (Camat,
/// Sekretaris Camat, Kepala Seksi, Kepala Sub Bagian). Among positions at the same depth, one that is itself the
/// superior of another (the Sekretaris Camat) comes first; otherwise the given order is kept.
/// </summary>
public static class AgreementOrder
{
    public static IReadOnlyList<Agreement> InHierarchyOrder(IEnumerable<Agreement> agreements, PositionHierarchy? hierarchy = null)
    {
        var rules = hierarchy ?? PositionHierarchy.Kecamatan;
        var superiors = rules.Pairs.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        return agreements
            .Select((agreement, index) => (Agreement: agreement, Index: index))
            .OrderBy(x => OfficeAgreements.OfficeKey(x.Agreement), StringComparer.Ordinal)
            .ThenBy(x => x.Agreement.Year)
            .ThenBy(x => Depth(rules, x.Agreement.FirstParty.Position))
            .ThenBy(x => HeadsOthers(superiors, x.Agreement.FirstParty.Position) ? 0 : 1)
            .ThenBy(x => x.Agreement.Kind)
            .ThenBy(x => x.Index)
            .Select(x => x.Agreement)
            .ToList();
    }

    /// <summary>How many superiors lie above the position (Camat 1, Sekretaris Camat 2, Kepala Sub Bagian 3); unknown last.</summary>
    private static int Depth(PositionHierarchy hierarchy, string position)
    {
        var depth = 0;
        var current = position;
        for (var superior = hierarchy.SuperiorOf(current); superior is not null && depth < 16; superior = hierarchy.SuperiorOf(current))
        {
            depth++;
            current = superior;
        }

        return depth == 0 ? int.MaxValue : depth;
    }

    private static bool HeadsOthers(HashSet<string> superiors, string position)
    {
        var title = PositionTitle.Normalize(position);
        return superiors.Any(s => title == s || title.StartsWith(s + " ", StringComparison.Ordinal));
    }
}
