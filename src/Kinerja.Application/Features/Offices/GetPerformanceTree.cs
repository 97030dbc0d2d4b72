using Kinerja.Application.Common;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Offices;

/// <summary>
/// The pohon kinerja of an office for a year, from its agreements in force that the actor may read. An agreement
/// hangs below the agreement of its position's superior in the register; when the register does not link them, below
/// the agreement whose position <see cref="PositionHierarchy.Kecamatan"/> names as the direct superior; otherwise
/// below its Pihak Kedua (e.g. the Bupati), a root. NotFound when the office does not exist.
/// </summary>
public sealed class GetPerformanceTree(KinerjaDbContext db)
{
    public async Task<Result<PerformanceTree>> ExecuteAsync(Actor actor, Guid officeId, int year, CancellationToken cancellationToken = default)
    {
        var (office, agreements) = await OfficeAgreementsOfYear.LoadAsync(db, actor, officeId, year, cancellationToken);
        if (office is null)
            return Result.NotFound();

        var positionIds = agreements.Select(a => a.FirstParty.PositionId).OfType<Guid>().Distinct().ToList();
        var superiors = await db.Positions.AsNoTracking()
            .Where(p => positionIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.SuperiorId, cancellationToken);
        var catalogue = await StoredCatalogue.LoadAsync(db, cancellationToken);

        var superiorOf = agreements.ToDictionary(a => a.Id, a => SuperiorAgreement(a, agreements, superiors));
        BreakCycles(superiorOf);
        var roots = agreements
            .Where(a => superiorOf[a.Id] is null)
            .GroupBy(a => OrganisationName.PositionKey(a.SecondParty.Position), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PerformanceNode(g.First().SecondParty.Position, g.First().SecondParty.PrintedName, null, null, Nodes(g, agreements, superiorOf, catalogue)))
            .ToList();
        return Result<PerformanceTree>.Ok(new PerformanceTree(office, year, roots, Supports(agreements)));
    }

    private static Agreement? SuperiorAgreement(Agreement agreement, IReadOnlyList<Agreement> agreements, Dictionary<Guid, Guid?> superiors)
    {
        var others = agreements.Where(a => a.Id != agreement.Id).ToList();
        if (agreement.FirstParty.PositionId is { } position && superiors.GetValueOrDefault(position) is { } superior
            && others.FirstOrDefault(a => a.FirstParty.PositionId == superior) is { } linked)
            return linked;

        return others.FirstOrDefault(a => PositionHierarchy.Kecamatan.IsDirectSuperior(agreement.FirstParty.Position, a.FirstParty.Position) == true);
    }

    /// <summary>A register that names a cycle must not hide its agreements: the first of a cycle becomes a root.</summary>
    private static void BreakCycles(Dictionary<Guid, Agreement?> superiorOf)
    {
        foreach (var id in superiorOf.Keys.ToList())
        {
            var seen = new HashSet<Guid> { id };
            for (var current = superiorOf[id]; current is not null; current = superiorOf[current.Id])
            {
                if (!seen.Add(current.Id))
                {
                    superiorOf[id] = null;
                    break;
                }
            }
        }
    }

    private static List<PerformanceNode> Nodes(
        IEnumerable<Agreement> level, IReadOnlyList<Agreement> agreements, Dictionary<Guid, Agreement?> superiorOf, NomenclatureCatalogue catalogue) =>
        level
            .OrderBy(a => a.FirstParty.Position, StringComparer.Ordinal)
            .Select(a => new PerformanceNode(
                a.FirstParty.Position,
                a.FirstParty.PrintedName,
                a,
                a.BudgetLines.Count == 0 ? null : OfficeBudget.Of(catalogue, [a]).Total,
                Nodes(agreements.Where(b => superiorOf[b.Id]?.Id == a.Id), agreements, superiorOf, catalogue)))
            .ToList();

    private static Dictionary<Guid, SupportedSasaran> Supports(IReadOnlyList<Agreement> agreements)
    {
        var sasarans = agreements
            .SelectMany(a => a.Sasarans.Select(s => (Agreement: a, Sasaran: s)))
            .ToDictionary(p => p.Sasaran.Id);
        var supports = new Dictionary<Guid, SupportedSasaran>();
        foreach (var (_, sasaran) in sasarans.Values)
        {
            if (sasaran.SupportsSasaranId is { } id && sasarans.TryGetValue(id, out var supported))
                supports[sasaran.Id] = new SupportedSasaran(supported.Sasaran.Number, supported.Sasaran.Text, supported.Agreement.FirstParty.Position);
        }

        return supports;
    }
}
