using Kinerja.Domain.Common;

namespace Kinerja.Domain.Measurement;

/// <summary>
/// A figure as a report prints it in a target, realisation or capaian column: <c>82,5</c>, <c>1.234,56</c>,
/// <c>93,40%</c>, <c>0,018169</c>, <c>-1,41</c> (also with the typographic minus). "n/a", "-", "–" and an empty cell
/// mean "not reported", which is not zero. The decimals printed are kept (<c>107,80</c> has two), because a review
/// compares at the precision the report printed.
/// </summary>
public readonly record struct ReportFigure
{
    private static readonly string[] NotReportedWords = ["", "-", "–", "—", "n/a", "na", "n.a", "n.a.", "tidak ada", "belum ada", "tidak dilaporkan", "belum dilaporkan"];

    private ReportFigure(decimal? value, bool reported, string? error)
    {
        Value = value;
        IsReported = reported;
        Error = error;
    }

    /// <summary>The number, when the cell holds one.</summary>
    public decimal? Value { get; }

    /// <summary>False for an empty cell or "n/a", "-", "–".</summary>
    public bool IsReported { get; }

    /// <summary>Why a reported cell is not a number (Indonesian); null otherwise.</summary>
    public string? Error { get; }

    public bool IsNumber => Value is not null;

    public static ReportFigure Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (NotReportedWords.Contains(trimmed.ToLowerInvariant(), StringComparer.Ordinal))
            return new ReportFigure(null, reported: false, error: null);

        var number = trimmed.Replace('\u2212', '-').Replace("%", string.Empty, StringComparison.Ordinal).Trim();
        var parsed = IndonesianNumber.Parse(number);
        return parsed.Success
            ? new ReportFigure(parsed.Value, reported: true, error: null)
            : new ReportFigure(null, reported: true, error: parsed.Error);
    }

    /// <summary>
    /// True when <paramref name="computed"/>, written with as many decimals as <paramref name="printed"/> carries
    /// (rounded half away from zero, as spreadsheets do, or cut off), gives <paramref name="printed"/>.
    /// </summary>
    public static bool Matches(decimal computed, decimal printed)
    {
        var decimals = Math.Min((int)printed.Scale, 10);
        return decimal.Round(computed, decimals, MidpointRounding.AwayFromZero) == printed
            || decimal.Round(computed, decimals, MidpointRounding.ToZero) == printed;
    }

    /// <summary>Half a unit of the last decimal printed: 0,005 for <c>88,94</c>, 0,5 for <c>12</c>.</summary>
    public static decimal HalfUnit(decimal printed) => 0.5m / Pow10(printed.Scale);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Min(exponent, 20); i++)
            result *= 10;
        return result;
    }
}
