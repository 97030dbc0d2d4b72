using Kinerja.Domain.Nomenclature;

namespace Kinerja.Documents.Nomenclature;

/// <summary>
/// The catalogue shipped with Kinerja: the complete nomenclature of Kepmendagri 050-5889/2021 for kabupaten/kota
/// with the penunjang template (X.XX.01), read from the embedded data file <c>nomenklatur.csv</c> (see the README
/// beside it for sources and known gaps). Data, not code: an administrator loads a newer list.
/// </summary>
public static class DefaultNomenclature
{
    public const string ResourceName = "Kinerja.Documents.Nomenclature.nomenklatur.csv";

    private static readonly Lazy<IReadOnlyList<NomenclatureEntry>> LoadedEntries = new(ReadEmbedded);

    /// <summary>The entries of the default catalogue, the penunjang template included.</summary>
    public static IReadOnlyList<NomenclatureEntry> Entries => LoadedEntries.Value;

    /// <summary>A catalogue of the default entries.</summary>
    public static NomenclatureCatalogue Load() => new(Entries);

    private static IReadOnlyList<NomenclatureEntry> ReadEmbedded()
    {
        using var stream = typeof(DefaultNomenclature).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded nomenclature data {ResourceName} is missing from the build.");
        var read = NomenclatureCsv.Read(stream);
        return read.Succeeded
            ? read.Entries
            : throw new InvalidOperationException($"The embedded nomenclature data {ResourceName} is not valid: {string.Join(" ", read.Errors)}");
    }
}
