using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>An indicator with its sasaran, and the key both make together for pairing.</summary>
internal sealed record PlacedIndicator(Sasaran Sasaran, Indicator Indicator)
{
    public string Key { get; } = NomenclatureName.Key(Sasaran.Text) + "|" + NomenclatureName.Key(Indicator.Text);

    public static List<PlacedIndicator> All(Agreement agreement) =>
        agreement.Sasarans.SelectMany(s => s.Indicators.Select(i => new PlacedIndicator(s, i))).ToList();

    /// <summary>How alike two indicators are: the lesser of the sasaran's and the indicator's similarity.</summary>
    public static double Similarity(PlacedIndicator a, PlacedIndicator b) =>
        Math.Min(NomenclatureName.Similarity(a.Sasaran.Text, b.Sasaran.Text), NomenclatureName.Similarity(a.Indicator.Text, b.Indicator.Text));
}
