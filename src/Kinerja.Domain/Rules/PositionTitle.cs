using System.Text;

namespace Kinerja.Domain.Rules;

/// <summary>
/// A position title reduced for comparison: upper case, letters and digits as words, without the acting prefixes
/// "Plt." (pelaksana tugas), "Plh." (pelaksana harian) and "Pj." (penjabat).
/// </summary>
public static class PositionTitle
{
    private static readonly HashSet<string> ActingPrefixes = new(StringComparer.Ordinal) { "PLT", "PLH", "PJ" };

    /// <summary>The title's words, e.g. "Plt. Kepala Seksi Pelayanan Umum," → [KEPALA, SEKSI, PELAYANAN, UMUM].</summary>
    public static IReadOnlyList<string> Words(string? position)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(position))
            return words;

        var word = new StringBuilder();
        foreach (var c in position.ToUpperInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
            words.Add(word.ToString());

        while (words.Count > 1 && ActingPrefixes.Contains(words[0]))
            words.RemoveAt(0);
        return words;
    }

    /// <summary>The title as one normalised text: "KEPALA SEKSI PELAYANAN UMUM".</summary>
    public static string Normalize(string? position) => string.Join(' ', Words(position));
}
