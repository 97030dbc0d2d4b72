using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// A target as written (<c>100%</c>, <c>70,05 Nilai</c>, <c>15 Orang/Bulan</c>): an exact decimal value, its unit
/// and the original text. <see cref="Value"/> is null when the text holds no number.
/// </summary>
public sealed partial record TargetValue(decimal? Value, string Unit, string Text)
{
    public static TargetValue Parse(string? text)
    {
        var original = (text ?? string.Empty).Trim();
        var match = TargetPattern().Match(original);
        if (!match.Success)
            return new TargetValue(null, string.Empty, original);

        var number = IndonesianNumber.Parse(match.Groups["value"].Value);
        var unit = match.Groups["unit"].Value.Trim();
        unit = unit.Length == 0 ? string.Empty : Units.Canonical(unit);
        return new TargetValue(number.Success ? number.Value : null, unit, original);
    }

    /// <summary><c>100 %</c>, <c>70,05 Nilai</c>, <c>95</c>.</summary>
    public override string ToString() =>
        Value is null ? Text : (IndonesianNumber.Format(Value.Value) + (Unit.Length == 0 ? string.Empty : Unit == "%" ? "%" : " " + Unit));

    [GeneratedRegex(@"^(?<value>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)\s*(?<unit>\S.*)?$")]
    private static partial Regex TargetPattern();
}
