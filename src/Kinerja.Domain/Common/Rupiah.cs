using System.Globalization;
using System.Text;

namespace Kinerja.Domain.Common;

/// <summary>
/// An exact amount of whole Rupiah. Reads every way documents write money
/// (<c>Rp. 11.990.000</c>, <c>Rp. 2,873,283,457 ,-</c>, <c>10.745.500</c>) and writes one: <c>Rp 1.234.567</c>.
/// </summary>
public readonly record struct Rupiah(long Value) : IComparable<Rupiah>
{
    public static readonly Rupiah Zero = new(0);

    public static Rupiah operator +(Rupiah a, Rupiah b) => new(checked(a.Value + b.Value));

    public static Rupiah operator -(Rupiah a, Rupiah b) => new(checked(a.Value - b.Value));

    public static bool operator <(Rupiah a, Rupiah b) => a.Value < b.Value;

    public static bool operator >(Rupiah a, Rupiah b) => a.Value > b.Value;

    public static bool operator <=(Rupiah a, Rupiah b) => a.Value <= b.Value;

    public static bool operator >=(Rupiah a, Rupiah b) => a.Value >= b.Value;

    public int CompareTo(Rupiah other) => Value.CompareTo(other.Value);

    public static Rupiah Sum(IEnumerable<Rupiah> amounts) =>
        amounts.Aggregate(Zero, (total, amount) => total + amount);

    /// <summary>
    /// Reads an amount of whole Rupiah. Dots and commas are both thousands separators when they group
    /// digits by three; a trailing <c>,-</c> or <c>,00</c> means "no cents".
    /// </summary>
    public static ParseResult<Rupiah> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult<Rupiah>.Fail(Messages.AmountEmpty);

        var s = text.Trim();
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
            s = s[2..].TrimStart('.', ' ', '\u00A0');

        s = s.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        if (s.EndsWith(",-", StringComparison.Ordinal) || s.EndsWith(".-", StringComparison.Ordinal))
            s = s[..^2];
        else if (s.EndsWith('-'))
            s = s[..^1];

        // A decimal tail of zero cents (",00" or ".00") is allowed; any other cents are not Rupiah.
        if (s.Length > 3 && (s[^3] == ',' || s[^3] == '.') && IsGroupedAmount(s[..^3]) && s[^2..] == "00")
            s = s[..^3];

        if (!IsGroupedAmount(s))
            return ParseResult<Rupiah>.Fail(string.Format(CultureInfo.InvariantCulture, Messages.AmountInvalid, text.Trim()));

        var digits = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
                digits.Append(c);
        }

        return long.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? ParseResult<Rupiah>.Ok(new Rupiah(value))
            : ParseResult<Rupiah>.Fail(string.Format(CultureInfo.InvariantCulture, Messages.AmountInvalid, text.Trim()));
    }

    /// <summary>True when <paramref name="s"/> is digits, optionally grouped by three with one kind of separator.</summary>
    private static bool IsGroupedAmount(string s)
    {
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]))
            return false;

        char? separator = null;
        var groupLength = 0;
        var seenSeparator = false;
        var firstGroup = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                groupLength++;
                continue;
            }

            if (c != '.' && c != ',')
                return false;
            if (separator is not null && separator != c)
                return false;
            separator = c;
            if (!seenSeparator)
            {
                firstGroup = groupLength;
                if (firstGroup is < 1 or > 3)
                    return false;
                seenSeparator = true;
            }
            else if (groupLength != 3)
            {
                return false;
            }

            groupLength = 0;
        }

        return !seenSeparator || groupLength == 3;
    }

    /// <summary><c>Rp 1.234.567</c>.</summary>
    public override string ToString() =>
        (Value < 0 ? "-Rp " : "Rp ") + Math.Abs((decimal)Value).ToString("#,0", IndonesianCulture.Instance);

    /// <summary><c>1.234.567</c>, without the currency.</summary>
    public string ToNumberString() => Value.ToString("#,0", IndonesianCulture.Instance);
}
