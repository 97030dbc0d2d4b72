using System.Globalization;
using System.Text;

namespace Kinerja.Documents.Text;

/// <summary>Small text helpers shared by the reader: case, comparison keys, similarity.</summary>
internal static class TextNormalizer
{
    private static readonly HashSet<string> LowerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dan", "di", "ke", "dari", "yang", "atau", "pada", "untuk", "dengan", "serta",
    };

    /// <summary>"LUWU TIMUR" → "Luwu Timur"; "DINAS PENDIDIKAN DAN KEBUDAYAAN" → "Dinas Pendidikan dan Kebudayaan".</summary>
    public static string TitleCase(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLower(CultureInfo.InvariantCulture);
            if (i > 0 && LowerWords.Contains(lower))
            {
                result.Add(lower);
                continue;
            }

            result.Add(string.Concat(lower[..1].ToUpper(CultureInfo.InvariantCulture), lower[1..]));
        }

        return string.Join(' ', result);
    }

    /// <summary>True when most letters of <paramref name="text"/> are capitals (headings, jabatan, names in signature blocks).</summary>
    public static bool IsMostlyUpperCase(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters > 0 && text.Count(char.IsUpper) >= letters * 0.7;
    }

    /// <summary>Letters and digits only, upper case, single spaces: a key for comparing printed names.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToUpperInvariant())
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }

        return builder.ToString().Trim();
    }

    public static int Levenshtein(string a, string b) => Levenshtein(a, b, int.MaxValue - 1);

    /// <summary>
    /// The edit distance when it is at most <paramref name="max"/>, else <paramref name="max"/> + 1: only the band of
    /// cells an alignment that cheap can pass through is computed, and the computation stops as soon as a whole row
    /// exceeds <paramref name="max"/>.
    /// </summary>
    public static int Levenshtein(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        if (a.Length == 0 || b.Length == 0)
            return Math.Max(a.Length, b.Length);

        var over = max + 1;
        var m = b.Length;
        var buffer = m < 256 ? stackalloc int[2 * (m + 1)] : new int[2 * (m + 1)];
        var previous = buffer[..(m + 1)];
        var current = buffer[(m + 1)..];
        for (var j = 0; j <= m; j++)
            previous[j] = Math.Min(j, over);
        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - max);
            var high = (int)Math.Min(m, (long)i + max);
            current[low - 1] = low == 1 ? Math.Min(i, over) : over;
            var rowMin = current[low - 1];
            var ai = a[i - 1];
            for (var j = low; j <= high; j++)
            {
                var cost = ai == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                value = Math.Min(value, over);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (high < m)
                current[high + 1] = over;
            if (rowMin > max)
                return over;
            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[m], over);
    }

    /// <summary>1 for equal keys, 0 for nothing in common (normalised edit distance).</summary>
    public static double Similarity(string a, string b) => Similarity(a, b, 0);

    /// <summary>
    /// <see cref="Similarity(string, string)"/>, returning 0 without computing the edit distance when the lengths alone
    /// rule out reaching <paramref name="threshold"/>.
    /// </summary>
    public static double Similarity(string a, string b, double threshold) => KeySimilarity(Key(a), Key(b), threshold);

    /// <summary>
    /// <see cref="Similarity(string, string, double)"/> of two keys already made with <see cref="Key"/>. A score below
    /// <paramref name="threshold"/> is only known to be below it: the edit distance is not computed past the point where
    /// the threshold is out of reach.
    /// </summary>
    public static double KeySimilarity(string x, string y, double threshold)
    {
        var length = Math.Max(x.Length, y.Length);
        if (length == 0)
            return 1;
        if (1 - ((double)Math.Abs(x.Length - y.Length) / length) < threshold)
            return 0;
        if (threshold <= 0)
            return 1 - ((double)Levenshtein(x, y) / length);

        // One more than the largest distance that can still reach the threshold, so rounding never cuts a match off.
        var max = (int)Math.Floor((1 - threshold) * length) + 1;
        return 1 - ((double)Levenshtein(x, y, max) / length);
    }
}
