using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Measurement;

/// <summary>
/// Capaian (achievement) of an indicator in percent (DOMAIN.md §4). There is no cap by regulation: a capaian above
/// 100 is returned as it is; a display cap belongs to the <see cref="AchievementScale"/>.
/// </summary>
public static class Achievement
{
    /// <summary>
    /// <c>realisasi / target × 100</c> when higher is better; otherwise by <paramref name="lowerIsBetter"/>. Null when the
    /// formula has no value: a zero target, or a zero realisation under <see cref="LowerIsBetterFormula.Ratio"/>.
    /// </summary>
    public static decimal? Percent(
        decimal target,
        decimal realisation,
        Polarity polarity,
        LowerIsBetterFormula lowerIsBetter = LowerIsBetterFormula.Difference)
    {
        if (target == 0)
            return null;
        if (polarity == Polarity.HigherIsBetter)
            return realisation / target * 100;
        if (lowerIsBetter == LowerIsBetterFormula.Difference)
            return ((2 * target) - realisation) / target * 100;
        return realisation == 0 ? null : target / realisation * 100;
    }
}
