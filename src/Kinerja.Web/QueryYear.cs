using Kinerja.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kinerja.Web;

/// <summary>
/// The year a list page is asked for in its query string (<c>?tahun=</c>), read once for every page: absent is null;
/// text that is not an accepted year (<see cref="FiscalYear.TryParse"/>) is null too, and its Indonesian message
/// (<see cref="FiscalYear.Invalid"/>) goes on the model state under <see cref="Key"/>, which the layout shows.
/// </summary>
public static class QueryYear
{
    public const string Key = "tahun";

    public static int? Read(ModelStateDictionary modelState, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (FiscalYear.TryParse(text, out var year))
            return year;
        modelState.Remove(Key);
        modelState.AddModelError(Key, FiscalYear.Invalid);
        return null;
    }
}
