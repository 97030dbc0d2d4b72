using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Measurement;

/// <summary>
/// The direction of an indicator as reports write it in their "Arah" column: "Makin tinggi makin baik" /
/// "Makin rendah makin baik" and the usual synonyms (naik/turun, meningkat/menurun, positif/negatif,
/// maksimal/minimal, higher/lower).
/// </summary>
public static class DirectionWords
{
    private static readonly string[] Higher =
    [
        "makintinggimakinbaik", "semakintinggisemakinbaik", "tinggi", "naik", "meningkat", "positif", "maksimal",
        "maksimum", "max", "higher", "higherisbetter", "up", "+",
    ];

    private static readonly string[] Lower =
    [
        "makinrendahmakinbaik", "semakinrendahsemakinbaik", "makinkecilmakinbaik", "semakinkecilsemakinbaik", "rendah",
        "turun", "menurun", "negatif", "minimal", "minimum", "min", "lower", "lowerisbetter", "down", "-",
    ];

    /// <summary>The polarity <paramref name="text"/> names, or null when it names none (empty or unknown words).</summary>
    public static Polarity? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var key = Key(text);
        if (Higher.Contains(key, StringComparer.Ordinal))
            return Polarity.HigherIsBetter;
        if (Lower.Contains(key, StringComparer.Ordinal))
            return Polarity.LowerIsBetter;
        return null;
    }

    /// <summary>How a report writes the direction: "Makin tinggi makin baik" or "Makin rendah makin baik".</summary>
    public static string Describe(Polarity polarity) =>
        polarity == Polarity.HigherIsBetter ? "Makin tinggi makin baik" : "Makin rendah makin baik";

    private static string Key(string text)
    {
        var trimmed = text.Trim();
        if (trimmed is "+" or "-" or "\u2212")
            return trimmed == "+" ? "+" : "-";
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetter(c))
                builder.Append(c);
        }

        return builder.ToString();
    }
}
