using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinerja.Domain.Common;

/// <summary>Dates as Indonesian documents write them: <c>2 Januari 2025</c>, <c>01 Oktober 2025</c>.</summary>
public static partial class IndonesianDate
{
    public static readonly IReadOnlyList<string> MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public static ParseResult<DateOnly> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult<DateOnly>.Fail(Messages.DateEmpty);

        var match = DatePattern().Match(text);
        if (!match.Success)
            return ParseResult<DateOnly>.Fail(string.Format(CultureInfo.InvariantCulture, Messages.DateInvalid, text.Trim()));

        var month = MonthNumber(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return ParseResult<DateOnly>.Fail(string.Format(CultureInfo.InvariantCulture, Messages.DateInvalid, text.Trim()));

        return ParseResult<DateOnly>.Ok(new DateOnly(year, month, day));
    }

    /// <summary>Finds the first date written in words inside <paramref name="text"/>, if any.</summary>
    public static bool TryFind(string text, out DateOnly date, out int index)
    {
        foreach (Match match in DatePattern().Matches(text))
        {
            var parsed = Parse(match.Value);
            if (parsed.Success)
            {
                date = parsed.Value;
                index = match.Index;
                return true;
            }
        }

        date = default;
        index = -1;
        return false;
    }

    /// <summary><c>2 Januari 2025</c>.</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthNames[date.Month - 1]} {date.Year}");

    private static int MonthNumber(string name)
    {
        for (var i = 0; i < MonthNames.Count; i++)
        {
            if (string.Equals(MonthNames[i], name, StringComparison.OrdinalIgnoreCase))
                return i + 1;
        }

        // Common abbreviations and the older spelling "Pebruari".
        return name.ToUpperInvariant() switch
        {
            "JAN" => 1,
            "PEB" or "PEBRUARI" or "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "JUN" => 6,
            "JUL" => 7,
            "AGS" or "AGT" or "AGU" or "AGUST" => 8,
            "SEP" or "SEPT" => 9,
            "OKT" => 10,
            "NOP" or "NOPEMBER" or "NOV" => 11,
            "DES" => 12,
            _ => 0,
        };
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>(19|20)\d{2})\b")]
    private static partial Regex DatePattern();
}
