namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>
/// Pairs the items of two versions of a list: first by exact rules, tried in order (each current item takes the
/// first unpaired previous item the rule accepts), then the remaining items by similarity, best pairs first.
/// Items left unpaired were added (current) or removed (previous).
/// </summary>
internal static class PairMatcher
{
    public static List<(T? Previous, T? Current)> Match<T>(
        IReadOnlyList<T> previous,
        IReadOnlyList<T> current,
        IReadOnlyList<Func<T, T, bool>> exactRules,
        Func<T, T, double> similarity,
        double threshold)
        where T : class
    {
        var partnerOfCurrent = new int[current.Count];
        Array.Fill(partnerOfCurrent, -1);
        var previousTaken = new bool[previous.Count];

        foreach (var rule in exactRules)
        {
            for (var c = 0; c < current.Count; c++)
            {
                if (partnerOfCurrent[c] >= 0)
                    continue;
                for (var p = 0; p < previous.Count; p++)
                {
                    if (previousTaken[p] || !rule(previous[p], current[c]))
                        continue;
                    partnerOfCurrent[c] = p;
                    previousTaken[p] = true;
                    break;
                }
            }
        }

        var candidates = new List<(int Previous, int Current, double Score)>();
        for (var c = 0; c < current.Count; c++)
        {
            if (partnerOfCurrent[c] >= 0)
                continue;
            for (var p = 0; p < previous.Count; p++)
            {
                if (previousTaken[p])
                    continue;
                var score = similarity(previous[p], current[c]);
                if (score >= threshold)
                    candidates.Add((p, c, score));
            }
        }

        foreach (var (p, c, _) in candidates.OrderByDescending(x => x.Score).ThenBy(x => x.Current).ThenBy(x => x.Previous))
        {
            if (previousTaken[p] || partnerOfCurrent[c] >= 0)
                continue;
            partnerOfCurrent[c] = p;
            previousTaken[p] = true;
        }

        var pairs = new List<(T? Previous, T? Current)>(current.Count + previous.Count);
        for (var c = 0; c < current.Count; c++)
            pairs.Add((partnerOfCurrent[c] >= 0 ? previous[partnerOfCurrent[c]] : null, current[c]));
        for (var p = 0; p < previous.Count; p++)
        {
            if (!previousTaken[p])
                pairs.Add((previous[p], null));
        }

        return pairs;
    }
}
