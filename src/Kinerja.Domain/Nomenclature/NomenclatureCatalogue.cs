using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Nomenclature;

/// <summary>
/// The nomenclature catalogue: data an administrator can extend, not code. Resolves the names documents
/// print ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota") to entries, tolerating the
/// spellings real documents use.
/// </summary>
public sealed class NomenclatureCatalogue
{
    public NomenclatureCatalogue(IEnumerable<NomenclatureEntry> entries)
    {
        Entries = entries.ToList();
    }

    public IReadOnlyList<NomenclatureEntry> Entries { get; }

    /// <summary>The entry a printed name refers to, preferring <paramref name="level"/> when given; null when none fits.</summary>
    public NomenclatureEntry? Resolve(string printedName, BudgetLevel? level = null) =>
        throw new NotImplementedException("Filled in by the rules work.");

    /// <summary>The kegiatan entry a sub kegiatan belongs to, or the program a kegiatan belongs to.</summary>
    public NomenclatureEntry? ParentOf(NomenclatureEntry entry) =>
        throw new NotImplementedException("Filled in by the rules work.");
}
