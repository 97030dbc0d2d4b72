using Kinerja.Domain.Nomenclature;

namespace Kinerja.Documents.Nomenclature;

/// <summary>The entries of a nomenclature list, or the Indonesian messages of what is wrong with it (then no entries).</summary>
public sealed record NomenclatureCsvResult(IReadOnlyList<NomenclatureEntry> Entries, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
