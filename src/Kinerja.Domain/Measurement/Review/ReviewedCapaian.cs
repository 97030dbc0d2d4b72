using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Measurement.Review;

/// <summary>
/// A row of a published capaian table after review: the figures read, the capaian Kinerja computes from them
/// (two decimals; null when it has no value), its category, the capaian as published, and what is wrong with it.
/// </summary>
public sealed record ReviewedCapaian(
    int Row,
    string Indicator,
    string Unit,
    Polarity Direction,
    decimal? Target,
    decimal? Realisation,
    decimal? Capaian,
    string? Category,
    decimal? PublishedCapaian,
    IReadOnlyList<Finding> Findings);
