using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>
/// The period a realisation or a report covers: one quarter of a year (<see cref="Triwulan"/>) or the whole year.
/// Ordered by start, a quarter before the year that ends after it.
/// </summary>
public readonly record struct Periode : IComparable<Periode>
{
    private Periode(int year, Triwulan? triwulan)
    {
        Year = year;
        Triwulan = triwulan;
    }

    public int Year { get; }

    /// <summary>The quarter; null for the whole year.</summary>
    public Triwulan? Triwulan { get; }

    public bool IsWholeYear => Triwulan is null;

    public DateOnly Start => Triwulan?.Start ?? new DateOnly(Year, 1, 1);

    public DateOnly End => Triwulan?.End ?? new DateOnly(Year, 12, 31);

    /// <summary>"Triwulan II 2025" or "Tahun 2025".</summary>
    public string Label => Triwulan is { } quarter ? quarter.ToString() : "Tahun " + Year.ToString(CultureInfo.InvariantCulture);

    public static Periode WholeYear(int year)
    {
        if (!FiscalYear.IsValid(year))
            throw new ArgumentOutOfRangeException(nameof(year), year, FiscalYear.Invalid);
        return new Periode(year, null);
    }

    public static Periode Of(Triwulan triwulan) => new(triwulan.Year, triwulan);

    public static implicit operator Periode(Triwulan triwulan) => Of(triwulan);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>True when <paramref name="other"/> lies wholly within this period (a quarter within its year, a period within itself).</summary>
    public bool Covers(Periode other) => other.Start >= Start && other.End <= End;

    public int CompareTo(Periode other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public static bool operator <(Periode left, Periode right) => left.CompareTo(right) < 0;

    public static bool operator >(Periode left, Periode right) => left.CompareTo(right) > 0;

    public static bool operator <=(Periode left, Periode right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Periode left, Periode right) => left.CompareTo(right) >= 0;

    public override string ToString() => Label;
}
