using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>The stored catalogue entries with their surrogate keys, in code order.</summary>
internal static class NomenclatureRows
{
    public static async Task<List<NomenclatureItem>> LoadAsync(KinerjaDbContext db, int? id, CancellationToken cancellationToken)
    {
        var rows = await db.Nomenclature.AsNoTracking()
            .Where(e => id == null || EF.Property<int>(e, ShadowProperties.Id) == id)
            .Select(e => new { Id = EF.Property<int>(e, ShadowProperties.Id), Entry = e })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new NomenclatureItem(r.Id, r.Entry))
            .OrderBy(r => r.Entry.Code ?? r.Entry.ParentCode + ".~", StringComparer.Ordinal)
            .ThenBy(r => r.Entry.Name, StringComparer.Ordinal)
            .ToList();
    }
}
