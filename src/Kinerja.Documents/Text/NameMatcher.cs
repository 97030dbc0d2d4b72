namespace Kinerja.Documents.Text;

/// <summary>
/// Tells whether two printed names (titles already removed, <see cref="Kinerja.Domain.People.PersonName.Comparable"/>)
/// are the same person written differently: an initial for a word ("SAMUEL N" / "SAMUEL NASRANI") or a typo
/// ("TUMIWANG" / "TUMUWANG").
/// </summary>
internal static class NameMatcher
{
    public static bool SamePerson(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
            return false;
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;

        var x = a.Split(' ');
        var y = b.Split(' ');
        if (Math.Abs(x.Length - y.Length) > 1 || !SameWord(x[0], y[0], allowInitial: false))
            return false;

        var shared = Math.Min(x.Length, y.Length);
        if (shared == 1 && x.Length != y.Length)
            return false;
        for (var i = 1; i < shared; i++)
        {
            if (!SameWord(x[i], y[i], allowInitial: true))
                return false;
        }

        return true;
    }

    private static bool SameWord(string a, string b, bool allowInitial)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
            return true;
        if (allowInitial && (a.Length == 1 || b.Length == 1))
            return a[0] == b[0];
        var shorter = Math.Min(a.Length, b.Length);
        return shorter >= 5 && TextNormalizer.Levenshtein(a, b) <= (shorter >= 8 ? 2 : 1);
    }
}
