using Kinerja.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web;

/// <summary>
/// The one place where a use case's failure becomes HTTP: NotFound → 404 (also for another office's record),
/// Forbidden → 403, Conflict → 409 with its message, Invalid → the messages in the page's validation summary.
/// </summary>
public static class ResultPages
{
    /// <summary>Null when <paramref name="result"/> is Ok or Invalid (its messages added to the model state); else the HTTP answer.</summary>
    public static IActionResult? Failure(this PageModel page, Result result) => Failure(page, result.Status, result.Messages);

    public static IActionResult? Failure<T>(this PageModel page, Result<T> result) => Failure(page, result.Status, result.Messages);

    private static IActionResult? Failure(PageModel page, ResultStatus status, IReadOnlyList<string> messages)
    {
        switch (status)
        {
            case ResultStatus.Ok:
                return null;
            case ResultStatus.NotFound:
                return page.NotFound();
            case ResultStatus.Forbidden:
                return page.StatusCode(StatusCodes.Status403Forbidden);
            case ResultStatus.Invalid:
                foreach (var message in messages)
                    page.ModelState.AddModelError(string.Empty, message);
                return null;
            default:
                page.ModelState.AddModelError(string.Empty, string.Join(" ", messages));
                return null;
        }
    }
}
