using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>
/// A quarter of a year (triwulan I–IV): the period of a realisation. January–March is Triwulan I, October–December
/// Triwulan IV. Ordered by year, then quarter.
/// </summary>
public readonly record struct Triwulan : IComparable<Triwulan>
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV"];

    private Triwulan(int year, int number)
    {
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Number { get; }

    /// <summary>"I", "II", "III", "IV".</summary>
    public string Numeral => Numerals[Number - 1];

    /// <summary>The first day: 1 January, 1 April, 1 July, 1 October.</summary>
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>The last day: 31 March, 30 June, 30 September, 31 December.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>"Triwulan I" (the year is shown beside it where needed, see <see cref="ToString"/>).</summary>
    public string Label => "Triwulan " + Numeral;

    /// <summary>Quarter <paramref name="number"/> (1–4) of <paramref name="year"/>.</summary>
    public static Triwulan Of(int year, int number)
    {
        if (!FiscalYear.IsValid(year))
            throw new ArgumentOutOfRangeException(nameof(year), year, FiscalYear.Invalid);
        if (number is < 1 or > 4)
            throw new ArgumentOutOfRangeException(nameof(number), number, Messages.TriwulanInvalid);
        return new Triwulan(year, number);
    }

    /// <summary>The quarter <paramref name="date"/> falls in.</summary>
    public static Triwulan Containing(DateOnly date) => Of(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The four quarters of <paramref name="year"/>, in order.</summary>
    public static IReadOnlyList<Triwulan> OfYear(int year) => [Of(year, 1), Of(year, 2), Of(year, 3), Of(year, 4)];

    /// <summary>
    /// A quarter as written by people: "I" to "IV", "1" to "4", with or without "Triwulan"/"TW" before it (any case).
    /// </summary>
    public static ParseResult<Triwulan> Parse(string? text, int year)
    {
        if (!FiscalYear.IsValid(year))
            return ParseResult<Triwulan>.Fail(FiscalYear.Invalid);
        var value = (text ?? string.Empty).Trim();
        foreach (var prefix in new[] { "triwulan", "tw" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[prefix.Length..].Trim();
                break;
            }
        }

        var numeral = Array.FindIndex(Numerals, n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)) + 1;
        if (numeral > 0)
            return ParseResult<Triwulan>.Ok(new Triwulan(year, numeral));
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 4)
            return ParseResult<Triwulan>.Ok(new Triwulan(year, number));
        return ParseResult<Triwulan>.Fail(string.Format(CultureInfo.InvariantCulture, Messages.TriwulanUnreadable, text));
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The quarter after this one (Triwulan I of the next year after Triwulan IV).</summary>
    public Triwulan Next() => Number == 4 ? Of(Year + 1, 1) : new Triwulan(Year, Number + 1);

    public Triwulan Previous() => Number == 1 ? Of(Year - 1, 4) : new Triwulan(Year, Number - 1);

    public int CompareTo(Triwulan other) => Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public static bool operator <(Triwulan left, Triwulan right) => left.CompareTo(right) < 0;

    public static bool operator >(Triwulan left, Triwulan right) => left.CompareTo(right) > 0;

    public static bool operator <=(Triwulan left, Triwulan right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Triwulan left, Triwulan right) => left.CompareTo(right) >= 0;

    /// <summary>"Triwulan I 2025".</summary>
    public override string ToString() => Label + " " + Year.ToString(CultureInfo.InvariantCulture);
}
