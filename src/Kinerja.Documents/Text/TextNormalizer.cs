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

    public static int Levenshtein(string a, string b)
    {
        if (a.Length == 0)
            return b.Length;
        if (b.Length == 0)
            return a.Length;

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>1 for equal keys, 0 for nothing in common (normalised edit distance).</summary>
    public static double Similarity(string a, string b)
    {
        var x = Key(a);
        var y = Key(b);
        var length = Math.Max(x.Length, y.Length);
        return length == 0 ? 1 : 1 - ((double)Levenshtein(x, y) / length);
    }
}
