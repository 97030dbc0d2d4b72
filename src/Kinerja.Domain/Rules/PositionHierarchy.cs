namespace Kinerja.Domain.Rules;

/// <summary>
/// Who is the direct superior of a position (DOMAIN.md §2). The default for a kecamatan: Camat → Bupati;
/// Sekretaris Camat and Kepala Seksi → Camat; Kepala Sub Bagian → Sekretaris Camat. Positions are matched by
/// the words their title starts with, case-insensitively, ignoring the office name that follows
/// ("CAMAT KALAENA") and the prefixes "Plt."/"Plh."; the longest matching pattern wins, so
/// "SEKRETARIS CAMAT" is never taken for "CAMAT". The organisation register can supply explicit
/// (position → superior position) pairs instead.
/// </summary>
public sealed class PositionHierarchy
{
    public static readonly PositionHierarchy Kecamatan = new(
    [
        new("CAMAT", "BUPATI"),
        new("SEKRETARIS CAMAT", "CAMAT"),
        new("SEKCAM", "CAMAT"),
        new("KEPALA SEKSI", "CAMAT"),
        new("KASI", "CAMAT"),
        new("KEPALA SUB BAGIAN", "SEKRETARIS CAMAT"),
        new("KEPALA SUBBAGIAN", "SEKRETARIS CAMAT"),
        new("KASUBAG", "SEKRETARIS CAMAT"),
        new("KASUBBAG", "SEKRETARIS CAMAT"),
    ]);

    private readonly List<(string[] Position, string[] Superior)> rules;
    private readonly List<string[]> knownTitles;

    /// <summary>A hierarchy from explicit pairs: the position (or the words its title starts with) and its direct superior.</summary>
    public PositionHierarchy(IEnumerable<KeyValuePair<string, string>> superiorByPosition)
    {
        rules = [];
        foreach (var (position, superior) in superiorByPosition)
        {
            var positionWords = PositionTitle.Words(position).ToArray();
            var superiorWords = PositionTitle.Words(superior).ToArray();
            if (positionWords.Length > 0 && superiorWords.Length > 0)
                rules.Add((positionWords, superiorWords));
        }

        // Longest pattern first: "SEKRETARIS CAMAT" before "CAMAT" would not even be needed for prefixes, but
        // "KEPALA SEKSI PELAYANAN UMUM" from the register must win over the generic "KEPALA SEKSI".
        rules.Sort((a, b) => b.Position.Length.CompareTo(a.Position.Length));
        knownTitles = rules.Select(r => r.Position).Concat(rules.Select(r => r.Superior))
            .DistinctBy(w => string.Join(' ', w), StringComparer.Ordinal)
            .OrderByDescending(w => w.Length)
            .ToList();
    }

    /// <summary>The (position → superior) pairs this hierarchy knows, as normalised titles.</summary>
    public IEnumerable<KeyValuePair<string, string>> Pairs =>
        rules.Select(r => new KeyValuePair<string, string>(string.Join(' ', r.Position), string.Join(' ', r.Superior)));

    /// <summary>The expected superior's position for <paramref name="position"/>, or null when unknown.</summary>
    public string? SuperiorOf(string position)
    {
        var rule = RuleFor(position);
        return rule is null ? null : string.Join(' ', rule.Value.Superior);
    }

    /// <summary>True when <paramref name="superiorPosition"/> is the direct superior of <paramref name="position"/>; null when unknown.</summary>
    public bool? IsDirectSuperior(string position, string superiorPosition)
    {
        var rule = RuleFor(position);
        if (rule is null)
            return null;

        var words = PositionTitle.Words(superiorPosition);
        if (words.Count == 0)
            return null;

        // Printed without the office ("CAMAT" for a register title "CAMAT KALAENA").
        if (words.Count < rule.Value.Superior.Length && StartsWith(rule.Value.Superior, words))
            return true;
        if (!StartsWith(words, rule.Value.Superior))
            return false;

        // The superior's own title must not be a more specific known title (e.g. expected "CAMAT", given
        // a register title that merely starts with it).
        var mostSpecific = knownTitles.FirstOrDefault(t => StartsWith(words, t));
        return mostSpecific is null || mostSpecific.Length <= rule.Value.Superior.Length;
    }

    private (string[] Position, string[] Superior)? RuleFor(string position)
    {
        var words = PositionTitle.Words(position);
        foreach (var rule in rules)
        {
            if (StartsWith(words, rule.Position))
                return rule;
        }

        return null;
    }

    private static bool StartsWith(IReadOnlyList<string> words, IReadOnlyList<string> pattern)
    {
        if (words.Count < pattern.Count)
            return false;
        for (var i = 0; i < pattern.Count; i++)
        {
            if (!string.Equals(words[i], pattern[i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}
