using Kinerja.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web;

/// <summary>
/// The one place where a use case's failure becomes HTTP, for every page: NotFound → 404 (also for another office's
/// record), Forbidden → the authentication's Forbid (403 with the Indonesian page for a signed-in user, the
/// sign-in page for an anonymous one, see <see cref="Hosting.KinerjaIdentity"/>); Invalid and Conflict put their messages on the form (on <c>field</c>, or the validation
/// summary) so that the page is shown again with what was typed.
/// </summary>
public static class ResultPages
{
    /// <summary>Null when <paramref name="result"/> is Ok, Invalid or Conflict (messages added to the model state); else the HTTP answer.</summary>
    public static IActionResult? Failure(this PageModel page, Result result, string field = "") =>
        Failure(page.ModelState, result.Status, result.Messages, field);

    public static IActionResult? Failure<T>(this PageModel page, Result<T> result, string field = "") =>
        Failure(page.ModelState, result.Status, result.Messages, field);

    public static IActionResult? Failure(this ModelStateDictionary modelState, Result result, string field = "") =>
        Failure(modelState, result.Status, result.Messages, field);

    public static IActionResult? Failure<T>(this ModelStateDictionary modelState, Result<T> result, string field = "") =>
        Failure(modelState, result.Status, result.Messages, field);

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
