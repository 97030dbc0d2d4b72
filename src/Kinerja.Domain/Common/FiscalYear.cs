namespace Kinerja.Domain.Common;

/// <summary>The years the system accepts for an agreement, a budget approval or a scale.</summary>
public static class FiscalYear
{
    public const int Minimum = 2000;
    public const int Maximum = 2100;

    public static bool IsValid(int year) => year is >= Minimum and <= Maximum;

    /// <summary>Why a typed year was refused, in Indonesian.</summary>
    public static string Invalid { get; } =
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.YearInvalid, Minimum, Maximum);

    /// <summary>A year typed in a form: digits only, within the accepted range.</summary>
    public static bool TryParse(string? text, out int year) =>
        int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && IsValid(year);
}
