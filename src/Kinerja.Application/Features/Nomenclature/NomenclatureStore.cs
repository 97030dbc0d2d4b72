using Kinerja.Domain.Nomenclature;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>
/// Brings a list of entries into the stored catalogue, one way for the shipped list at start and for a list an
/// administrator uploads. An entry is the stored one with the same code; an entry without a code is the stored one
/// with the same kegiatan and the same name. Every change goes through the context, so the audit log records it.
/// </summary>
internal static class NomenclatureStore
{
    public static async Task<NomenclatureLoadSummary> LoadAsync(
        KinerjaDbContext db, IReadOnlyList<NomenclatureEntry> entries, NomenclatureLoadMode mode, CancellationToken cancellationToken)
    {
        var stored = await db.Nomenclature.ToListAsync(cancellationToken);
        var byCode = stored.Where(e => e.Code is not null).ToDictionary(e => e.Code!, StringComparer.OrdinalIgnoreCase);
        var matched = new HashSet<NomenclatureEntry>(ReferenceEqualityComparer.Instance);
        int added = 0, changed = 0, removed = 0;
        foreach (var entry in entries)
        {
            var existing = entry.Code is { } code
                ? byCode.GetValueOrDefault(code)
                : stored.FirstOrDefault(s => s.Code is null && SameUncoded(s, entry));
            if (existing is null)
            {
                db.Nomenclature.Add(entry);
                added++;
                continue;
            }

            matched.Add(existing);
            if (mode != NomenclatureLoadMode.AddMissing && existing != entry)
            {
                db.Entry(existing).CurrentValues.SetValues(entry);
                changed++;
            }
        }

        if (mode != NomenclatureLoadMode.AddMissing)
        {
            var coded = entries.Where(e => e.Code is not null).ToList();
            foreach (var old in stored.Where(s => !matched.Contains(s)))
            {
                // An entry without a code whose code the list now gives is superseded; with Replace, whatever the list lacks goes.
                var superseded = old.Code is null && coded.Any(e => SameUncoded(old, e with { Code = null }));
                if (mode == NomenclatureLoadMode.Replace || superseded)
                {
                    db.Nomenclature.Remove(old);
                    removed++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new NomenclatureLoadSummary(added, changed, removed, entries.Count - added - changed);
    }

    private static bool SameUncoded(NomenclatureEntry stored, NomenclatureEntry entry) =>
        stored.Level == entry.Level
        && string.Equals(stored.ParentCode ?? NomenclatureCatalogue.ParentCodeOf(stored.Code, stored.Level), entry.ParentCode ?? NomenclatureCatalogue.ParentCodeOf(entry.Code, entry.Level), StringComparison.OrdinalIgnoreCase)
        && NomenclatureName.Key(stored.Name) == NomenclatureName.Key(entry.Name);
}
