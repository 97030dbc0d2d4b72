namespace Kinerja.Domain.Common;

/// <summary>Edit distance between texts, for telling a spelling variant from a different text.</summary>
public static class TextSimilarity
{
    /// <summary>The Levenshtein distance: insertions, deletions and substitutions needed to turn one text into the other.</summary>
    public static int Distance(string a, string b)
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

    /// <summary>1 for equal texts, 0 for texts with nothing in common: <c>1 − distance / longer length</c>.</summary>
    public static double Ratio(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : 1.0 - ((double)Distance(a, b) / longer);
    }

    /// <summary>The highest <see cref="Ratio"/> two texts of these lengths can reach; lets callers skip hopeless pairs.</summary>
    public static double RatioUpperBound(int lengthA, int lengthB)
    {
        var longer = Math.Max(lengthA, lengthB);
        return longer == 0 ? 1.0 : 1.0 - ((double)Math.Abs(lengthA - lengthB) / longer);
    }
}
