using Kinerja.Domain.Nomenclature;

namespace Kinerja.Documents.Nomenclature;

/// <summary>
/// PLACEHOLDER so that the persistence branch compiles: the default nomenclature catalogue is being written on
/// another branch, which replaces this file at merge.
/// </summary>
public static class DefaultNomenclature
{
    public static IReadOnlyList<NomenclatureEntry> Entries { get; } = [];
}
