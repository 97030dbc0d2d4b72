using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Nomenclature;

/// <summary>
/// The nomenclature catalogue: data an administrator can extend, not code. Resolves the names documents
/// print ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota") to entries, tolerating the
/// spellings real documents use (see <see cref="NomenclatureName"/>).
/// </summary>
public sealed class NomenclatureCatalogue
{
    /// <summary>A match at the preferred level wins over a match this much better at another level.</summary>
    private const double PreferredLevelBonus = 0.02;

    private readonly List<(NomenclatureEntry Entry, string Normalized, string Key)> names;
    private readonly Dictionary<string, List<NomenclatureEntry>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NomenclatureEntry> byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, NomenclatureEntry> templateByCode = new(StringComparer.OrdinalIgnoreCase);

    public NomenclatureCatalogue(IEnumerable<NomenclatureEntry> entries)
    {
        var all = entries.ToList();
        Template = all.Where(IsTemplate).ToList();
        Entries = all.Where(e => !IsTemplate(e)).ToList();
        names = [];
        foreach (var entry in Entries)
        {
            var normalized = NomenclatureName.Normalize(entry.Name);
            var key = normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
            names.Add((entry, normalized, key));
            if (!byKey.TryGetValue(key, out var list))
                byKey[key] = list = [];
            list.Add(entry);
            if (entry.Code is { Length: > 0 } code)
                byCode.TryAdd(code.Trim(), entry);
        }

        foreach (var entry in Template)
            templateByCode.TryAdd(entry.Code!.Trim(), entry);
    }

    /// <summary>The entries that name real codes (the penunjang template aside).</summary>
    public IReadOnlyList<NomenclatureEntry> Entries { get; }

    /// <summary>The penunjang template (X.XX.01…), which every office instantiates with its bidang (<see cref="ForBidang"/>).</summary>
    public IReadOnlyList<NomenclatureEntry> Template { get; }

    /// <summary>
    /// The catalogue as an office of <paramref name="bidang"/> (e.g. "7.01") reads it: the penunjang program written out
    /// with the office's bidang (what the list already writes out for it is kept), the penunjang programs of other
    /// bidang left out, so that a printed name of the penunjang program names the office's own.
    /// </summary>
    public NomenclatureCatalogue ForBidang(string bidang)
    {
        var own = Entries.Where(e => !NomenclatureCode.IsPenunjang(e.Code ?? e.ParentCode) || NomenclatureCode.BidangOf(e.Code ?? e.ParentCode) == bidang).ToList();
        var codes = own.Where(e => e.Code is not null).Select(e => e.Code!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var instantiated = Template
            .Select(e => Instantiate(e, bidang))
            .Where(e => !codes.Contains(e.Code!));
        return new NomenclatureCatalogue([.. own, .. instantiated, .. Template]);
    }
    /// <summary>The entry whose name is spelled the same (<see cref="NomenclatureName.Key"/>), preferring <paramref name="level"/>; null when none.</summary>
    public NomenclatureEntry? FindByName(string printedName, BudgetLevel? level = null) =>
        byKey.TryGetValue(NomenclatureName.Key(printedName), out var exact) ? exact.FirstOrDefault(e => e.Level == level) ?? exact[0] : null;

    /// <summary>The entry a printed name refers to, preferring <paramref name="level"/> when given; null when none fits.</summary>
    public NomenclatureEntry? Resolve(string printedName, BudgetLevel? level = null)
    {
        var normalized = NomenclatureName.Normalize(printedName);
        if (normalized.Length == 0)
            return null;

        var key = normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (byKey.TryGetValue(key, out var exact))
            return exact.FirstOrDefault(e => e.Level == level) ?? exact[0];

        NomenclatureEntry? best = null;
        var bestScore = 0.0;
        foreach (var (entry, candidate, _) in names)
        {
            var bonus = level is not null && entry.Level == level ? PreferredLevelBonus : 0.0;
            if (TextSimilarity.RatioUpperBound(normalized.Length, candidate.Length) + bonus <= bestScore)
                continue;

            var ratio = TextSimilarity.Ratio(normalized, candidate);
            if (ratio < NomenclatureName.SimilarityThreshold)
                continue;
            if (ratio + bonus > bestScore)
            {
                best = entry;
                bestScore = ratio + bonus;
            }
        }

        return best;
    }

    /// <summary>
    /// The entry with this code (e.g. 7.01.01.2.02.0001), or null. A penunjang code of any bidang (1.02.01.2.02.0001)
    /// is the template's entry written out with that bidang.
    /// </summary>
    public NomenclatureEntry? FindByCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var trimmed = code.Trim();
        if (byCode.TryGetValue(trimmed, out var entry))
            return entry;
        if (NomenclatureCode.IsPenunjang(trimmed) && NomenclatureCode.BidangOf(trimmed) is { } bidang
            && templateByCode.TryGetValue(NomenclatureCode.TemplatePrefix + trimmed[bidang.Length..], out var template))
            return Instantiate(template, bidang);
        return null;
    }

    /// <summary>The kegiatan entry a sub kegiatan belongs to, or the program a kegiatan belongs to.</summary>
    public NomenclatureEntry? ParentOf(NomenclatureEntry entry)
    {
        var parentLevel = entry.Level switch
        {
            BudgetLevel.SubKegiatan => BudgetLevel.Kegiatan,
            BudgetLevel.Kegiatan => (BudgetLevel?)BudgetLevel.Program,
            _ => null,
        };
        if (parentLevel is null)
            return null;

        var parentCode = entry.ParentCode ?? ParentCodeOf(entry.Code, entry.Level);
        var parent = FindByCode(parentCode);
        return parent?.Level == parentLevel ? parent : null;
    }

    /// <summary>The entries whose parent is <paramref name="entry"/>.</summary>
    public IEnumerable<NomenclatureEntry> ChildrenOf(NomenclatureEntry entry) =>
        Entries.Where(e => ParentOf(e) is { } parent && parent == entry);

    /// <summary>
    /// The parent's code derived from a code: 7.01.01.2.02.0001 → 7.01.01.2.02 (sub kegiatan → kegiatan),
    /// 7.01.01.2.02 → 7.01.01 (kegiatan → program).
    /// </summary>
    public static string? ParentCodeOf(string? code, BudgetLevel level)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;

        var parts = code.Trim().Split('.');
        var drop = level switch
        {
            BudgetLevel.SubKegiatan => 1,
            BudgetLevel.Kegiatan => 2,
            _ => 0,
        };
        return drop == 0 || parts.Length <= drop ? null : string.Join('.', parts[..^drop]);
    }

    private static bool IsTemplate(NomenclatureEntry entry) =>
        NomenclatureCode.IsTemplate(entry.Code) || (entry.Code is null && NomenclatureCode.IsTemplate(entry.ParentCode));

    private static NomenclatureEntry Instantiate(NomenclatureEntry template, string bidang) => template with
    {
        Code = template.Code is null ? null : NomenclatureCode.Instantiate(template.Code, bidang),
        ParentCode = template.ParentCode is null ? null : NomenclatureCode.Instantiate(template.ParentCode, bidang),
    };
}
