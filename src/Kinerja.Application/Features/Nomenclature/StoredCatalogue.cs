using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Nomenclature;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>The nomenclature catalogue stored in the database, or the default one while it is empty.</summary>
internal static class StoredCatalogue
{
    public static async Task<NomenclatureCatalogue> LoadAsync(KinerjaDbContext db, CancellationToken cancellationToken)
    {
        var entries = await db.Nomenclature.AsNoTracking().ToListAsync(cancellationToken);
        return new NomenclatureCatalogue(entries.Count > 0 ? entries : DefaultNomenclature.Entries);
    }
}
