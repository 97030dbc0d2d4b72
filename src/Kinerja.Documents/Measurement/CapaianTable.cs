using Kinerja.Domain.Measurement.Review;

namespace Kinerja.Documents.Measurement;

/// <summary>A published capaian table as read: its data rows, or the Indonesian reason it could not be read.</summary>
public sealed record CapaianTable(IReadOnlyList<PublishedCapaianRow> Rows, string? Refusal)
{
    public bool Refused => Refusal is not null;

    public static CapaianTable Refuse(string reason) => new([], reason);
}
