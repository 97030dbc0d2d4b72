using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Measurement;

/// <summary>
/// The yearly realisation of an indicator from its quarterly ones (DOMAIN.md §4), by the indicator's
/// <see cref="YearlyAggregation"/>. A quarter that was not reported (null) is left out, never counted as zero.
/// </summary>
public static class YearlyRealisation
{
    /// <summary>
    /// Sum of the reported quarters, the last reported quarter, or their average; null when no quarter was reported.
    /// </summary>
    public static decimal? Of(YearlyAggregation aggregation, IReadOnlyList<decimal?> quarters)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        if (quarters.Count > 4)
            throw new ArgumentException("A year has at most four quarters.", nameof(quarters));

        var reported = quarters.Where(q => q is not null).Select(q => q!.Value).ToList();
        if (reported.Count == 0)
            return null;
        return aggregation switch
        {
            YearlyAggregation.Sum => reported.Sum(),
            YearlyAggregation.LastQuarter => reported[^1],
            YearlyAggregation.Average => reported.Sum() / reported.Count,
            _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
        };
    }
}
