using Kinerja.Application.Features.Agreements;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Kantor;

/// <summary>
/// The positions of an office that still lack a signed PK for a year, and how long past the deadline; for those who
/// read the office's drafts, so an anonymous visitor is asked to sign in.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class BelumModel(MissingAgreements missingAgreements, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = QueryYear.Key)]
    public string? Tahun { get; set; }

    public MissingAgreementsReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var year = OfficeYear.Or(QueryYear.Read(ModelState, Tahun), clock);
        var result = await missingAgreements.ExecuteAsync(User.ToActor(), id, year, cancellationToken: cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        Report = result.Value!;
        if (ModelState.IsValid)
            Tahun = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }
}
