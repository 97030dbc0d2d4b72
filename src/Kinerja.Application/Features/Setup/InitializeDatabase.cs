using Kinerja.Documents.Nomenclature;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Setup;

/// <summary>
/// Brings the database to the current schema (the provider's migrations) and, while the nomenclature table is
/// empty, fills it from the default catalogue. Run at every start of the web app and the CLI; it is idempotent.
/// </summary>
public sealed class InitializeDatabase(KinerjaDbContext db)
{
    /// <summary>Returns the number of nomenclature entries seeded (0 when the table already had entries).</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await db.MigrateAsync(cancellationToken);
        if (await db.Nomenclature.AnyAsync(cancellationToken))
            return 0;

        db.Nomenclature.AddRange(DefaultNomenclature.Entries);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return DefaultNomenclature.Entries.Count;
    }
}
