using Kinerja.Application.Features.Nomenclature;
using Kinerja.Documents.Nomenclature;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Setup;

/// <summary>
/// Brings the database to the current schema (the provider's migrations) and adds to the nomenclature table the
/// entries of the shipped catalogue it does not hold yet (all of them at the first start; what a newer Kinerja ships
/// later, e.g. the complete list where an earlier version shipped 79 entries), never changing what is stored. Once an
/// administrator has loaded a list with codes the shipped one lacks (a newer decree), the stored catalogue is theirs
/// and nothing is added. Run at every start of the web app and the CLI; it is idempotent.
/// </summary>
public sealed class InitializeDatabase(KinerjaDbContext db)
{
    /// <summary>Returns the number of nomenclature entries added (0 when the table held them all).</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await db.MigrateAsync(cancellationToken);
        var shipped = DefaultNomenclature.Entries.Where(e => e.Code is not null).Select(e => e.Code!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stored = await db.Nomenclature.AsNoTracking().Where(e => e.Code != null).Select(e => e.Code!).ToListAsync(cancellationToken);
        if (stored.Any(code => !shipped.Contains(code)))
            return 0;

        var summary = await NomenclatureStore.LoadAsync(db, DefaultNomenclature.Entries, NomenclatureLoadMode.AddMissing, cancellationToken);
        return summary.Added;
    }
}
