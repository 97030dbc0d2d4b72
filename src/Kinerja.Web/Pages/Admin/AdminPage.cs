using System.Globalization;

namespace Kinerja.Web.Pages.Admin;

/// <summary>What the administrator's pages share: the notice key and date input formats (results: <see cref="ResultPages"/>).</summary>
public static class AdminPage
{
    /// <summary>TempData key of the confirmation shown after a redirect.</summary>
    public const string Notice = "AdminNotice";

    public static string Format(string message, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, message, arguments);

    /// <summary>A date typed as yyyy-MM-dd (the date input) or as "2 Januari 2025".</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        var parsed = Domain.Common.IndonesianDate.Parse(text);
        return parsed.Success ? parsed.Value : null;
    }

    public static string InputDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
