namespace Kinerja.Domain.Measurement.Review;

/// <summary>
/// One data row of a capaian table as a report published it, every cell as printed. <see cref="Row"/> counts data
/// rows from 1 (the header is not counted).
/// </summary>
public sealed record PublishedCapaianRow(
    int Row,
    string Indicator,
    string Unit,
    string? Direction,
    string? Target,
    string? Realisation,
    string? PublishedCapaian);
