using Kinerja.Domain.Organisation;

namespace Kinerja.Application.Features.Offices;

/// <summary>
/// The pohon kinerja of an office for a year: the roots (the superiors outside the office, e.g. the Bupati) with the
/// office's positions below them, and, by sasaran id, the superior's sasaran each one supports when known.
/// </summary>
public sealed record PerformanceTree(Office Office, int Year, IReadOnlyList<PerformanceNode> Roots, IReadOnlyDictionary<Guid, SupportedSasaran> Supports)
{
    public bool IsEmpty => Roots.Count == 0;
}
