using System.Text;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Nomenclature;

/// <summary>
/// Compares names of programs, kegiatan, sub kegiatan and indicators the way real documents spell them: case,
/// punctuation and spacing are ignored ("Kabupaten/ Kota" = "KABUPATEN/KOTA"), a leading "Program" is optional,
/// known spelling variants are one word (Ketentraman/Ketenteraman, Pedesaan/Perdesaan, Efektifitas/Efektivitas,
/// Cetak/Cetakan, Triwulan/Triwulanan, Pemerintah/Pemerintahan, Fasilitas/Fasilitasi) and common abbreviations
/// (PD, BMD, Perda, Perkada) are spelled out.
/// </summary>
public static class NomenclatureName
{
    /// <summary>Two normalised names at least this similar (<see cref="TextSimilarity.Ratio"/>) are taken as one.</summary>
    public const double SimilarityThreshold = 0.9;

    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["ketentraman"] = "ketenteraman",
        ["pedesaan"] = "perdesaan",
        ["efektifitas"] = "efektivitas",
        ["cetak"] = "cetakan",
        ["triwulan"] = "triwulanan",
        ["pemerintah"] = "pemerintahan",
        ["fasilitas"] = "fasilitasi",
        ["sumberdaya"] = "sumber daya",
        ["presentase"] = "persentase",
        ["prosentase"] = "persentase",
        ["pd"] = "perangkat daerah",
        ["bmd"] = "barang milik daerah",
        ["perda"] = "peraturan daerah",
        ["perkada"] = "peraturan kepala daerah",
    };

    private static readonly string[] OptionalPrefixes = ["program", "sub kegiatan", "kegiatan"];

    /// <summary>The name lower-cased, as words separated by single spaces, variants and abbreviations made uniform.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return string.Empty;

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush(word, words);
        }

        Flush(word, words);
        var text = string.Join(' ', words);
        foreach (var prefix in OptionalPrefixes)
        {
            if (text.Length > prefix.Length && text.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                text = text[(prefix.Length + 1)..];
                break;
            }
        }

        return text;
    }

    /// <summary>The normalised name without spaces: "sumber daya" and "sumberdaya" give the same key.</summary>
    public static string Key(string? name) => Normalize(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>How alike two names are once normalised: 1 when they are the same name.</summary>
    public static double Similarity(string? a, string? b) => Compare(Normalize(a), Normalize(b), 0);

    /// <summary>True when the two names are the same name in different spellings.</summary>
    public static bool AreSame(string? a, string? b) => Match(a, b) > 0;

    /// <summary>
    /// The <see cref="Similarity"/> of two names when they are the same name (at least <see cref="SimilarityThreshold"/>),
    /// else 0; names whose lengths alone rule that out are not compared letter by letter.
    /// </summary>
    public static double Match(string? a, string? b) => Compare(Normalize(a), Normalize(b), SimilarityThreshold);

    /// <summary>1 for the same key; else the ratio of the normalised names when at least <paramref name="floor"/>, else 0.</summary>
    private static double Compare(string left, string right, double floor)
    {
        if (string.Equals(left.Replace(" ", string.Empty, StringComparison.Ordinal), right.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal))
            return 1.0;
        if (floor > 0 && TextSimilarity.RatioUpperBound(left.Length, right.Length) < floor)
            return 0;
        var ratio = TextSimilarity.Ratio(left, right);
        return ratio >= floor ? ratio : 0;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
            return;
        var text = word.ToString();
        words.Add(Variants.TryGetValue(text, out var uniform) ? uniform : text);
        word.Clear();
    }
}
