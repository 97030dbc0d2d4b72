namespace Kinerja.Domain.Measurement;

/// <summary>
/// How capaian is computed when a lower realisation is better (DOMAIN.md §4): <see cref="Difference"/>,
/// <c>(2 × target − realisasi) / target × 100</c>, is the default; <see cref="Ratio"/>, <c>target / realisasi × 100</c>,
/// the alternative.
/// </summary>
public enum LowerIsBetterFormula
{
    Difference,
    Ratio,
}
