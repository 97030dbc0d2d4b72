using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>The culture every user-facing number and date is written in.</summary>
public static class IndonesianCulture
{
    public static readonly CultureInfo Instance = CreateCulture();

    private static CultureInfo CreateCulture()
    {
        // id-ID is built into ICU; the explicit separators keep formatting right even where ICU data is thin.
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("id-ID").Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        culture.NumberFormat.PercentGroupSeparator = ".";
        return CultureInfo.ReadOnly(culture);
    }
}
