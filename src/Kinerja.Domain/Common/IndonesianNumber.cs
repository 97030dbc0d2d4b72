using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>Decimal numbers as Indonesian documents write them: <c>70,05</c>, <c>87,5</c>, <c>1.234,5</c>, <c>100</c>.</summary>
public static class IndonesianNumber
{
    public static ParseResult<decimal> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult<decimal>.Fail(Messages.NumberEmpty);

        var s = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');

        // "1.234,5": dots group, comma is the decimal mark. "70,05": comma is the decimal mark.
        // "2.5" with a single dot and not three digits after it: a decimal point typed the English way.
        string normalized;
        if (lastComma >= 0)
        {
            normalized = s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (lastDot >= 0 && (s.Count(c => c == '.') > 1 || s.Length - lastDot - 1 == 3))
        {
            normalized = s.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            normalized = s;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? ParseResult<decimal>.Ok(value)
            : ParseResult<decimal>.Fail(string.Format(CultureInfo.InvariantCulture, Messages.NumberInvalid, text.Trim()));
    }

    /// <summary><c>70,05</c>; whole numbers without decimals (<c>100</c>); thousands grouped with dots.</summary>
    public static string Format(decimal value) => value.ToString("#,0.##########", IndonesianCulture.Instance);
}
