namespace Kinerja.Domain.Measurement;

/// <summary>
/// One category of an <see cref="AchievementScale"/>: a capaian at or above <see cref="Minimum"/> (percent) and below the
/// next higher band's minimum falls in it. The lowest band has no minimum: it takes everything below the others.
/// </summary>
public sealed class AchievementBand
{
    private AchievementBand()
    {
        Name = string.Empty;
    }

    public AchievementBand(string name, decimal? minimum)
    {
        Name = name;
        Minimum = minimum;
    }

    public string Name { get; private set; }

    public decimal? Minimum { get; private set; }

    public override string ToString() => Minimum is { } minimum ? $"{Name} ≥ {minimum}" : Name;
}
