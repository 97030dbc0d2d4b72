namespace Kinerja.Domain.Measurement.Survey;

/// <summary>
/// The outcome of a survey: per unsur the respondents who answered it and its NRR (null when nobody did), and, when
/// every unsur has an NRR, the SKM (mean NRR, 1–4), the IKM (SKM × 25, two decimals) and the mutu pelayanan.
/// </summary>
public sealed record SkmResult(
    int Respondents,
    IReadOnlyList<int> Answered,
    IReadOnlyList<decimal?> Nrr,
    decimal? Skm,
    decimal? Ikm,
    ServiceQuality? Quality);
