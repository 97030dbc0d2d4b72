using System.Text.Json;
using System.Text.Json.Serialization;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Documents.Nomenclature;

/// <summary>
/// The catalogue shipped with Kinerja: bidang urusan 7.01 Kecamatan (Kepmendagri 050-5889/2021), read from the
/// embedded data file <c>kecamatan-7.01.json</c>. Data, not code: an administrator extends it.
/// </summary>
public static class DefaultNomenclature
{
    public const string ResourceName = "Kinerja.Documents.Nomenclature.kecamatan-7.01.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter<BudgetLevel>() },
    };

    private static readonly Lazy<IReadOnlyList<NomenclatureEntry>> LoadedEntries = new(ReadEmbedded);

    /// <summary>The entries of the default catalogue.</summary>
    public static IReadOnlyList<NomenclatureEntry> Entries => LoadedEntries.Value;

    /// <summary>A catalogue of the default entries.</summary>
    public static NomenclatureCatalogue Load() => new(Entries);

    private static List<NomenclatureEntry> ReadEmbedded()
    {
        using var stream = typeof(DefaultNomenclature).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded nomenclature data {ResourceName} is missing from the build.");
        var file = JsonSerializer.Deserialize<CatalogueFile>(stream, Options)
            ?? throw new InvalidOperationException($"The embedded nomenclature data {ResourceName} is empty.");

        return file.Entries
            .Select(e => new NomenclatureEntry(
                string.IsNullOrWhiteSpace(e.Code) ? null : e.Code.Trim(),
                e.Level,
                e.Name?.Trim() is { Length: > 0 } name ? name : throw new InvalidOperationException($"An entry of {ResourceName} has no name."),
                string.IsNullOrWhiteSpace(e.ParentCode) ? null : e.ParentCode.Trim()))
            .ToList();
    }

    private sealed record CatalogueFile(string? Source, string? Note, List<EntryRecord> Entries);

    private sealed record EntryRecord(string? Code, BudgetLevel Level, string? Name, string? ParentCode);
}
