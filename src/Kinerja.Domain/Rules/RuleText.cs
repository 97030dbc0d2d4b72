using System.Globalization;

namespace Kinerja.Domain.Rules;

/// <summary>Fills a message of <see cref="Messages"/> with its arguments (already formatted for display).</summary>
internal static class RuleText
{
    public static string Format(string message, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, message, args);
}
