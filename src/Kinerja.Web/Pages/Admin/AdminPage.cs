using System.Globalization;
using Kinerja.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kinerja.Web.Pages.Admin;

/// <summary>How the administrator's pages turn a use case's result into a response, once.</summary>
public static class AdminPage
{
    /// <summary>TempData key of the confirmation shown after a redirect.</summary>
    public const string Notice = "AdminNotice";

    /// <summary>
    /// NotFound → 404, Forbidden → 403; Invalid and Conflict put their messages on <paramref name="field"/> (the form
    /// is shown again with what was typed) and give null, as does success.
    /// </summary>
    public static IActionResult? Failure(this ModelStateDictionary modelState, Result result, string field = "") =>
        Failure(modelState, result.Status, result.Messages, field);

    public static IActionResult? Failure<T>(this ModelStateDictionary modelState, Result<T> result, string field = "") =>
        Failure(modelState, result.Status, result.Messages, field);

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

    private static IActionResult? Failure(ModelStateDictionary modelState, ResultStatus status, IReadOnlyList<string> messages, string field)
    {
        switch (status)
        {
            case ResultStatus.Ok:
                return null;
            case ResultStatus.NotFound:
                return new NotFoundResult();
            case ResultStatus.Forbidden:
                return new ForbidResult();
            default:
                foreach (var message in messages)
                    modelState.AddModelError(field, message);
                return null;
        }
    }
}
