using Kinerja.Application.Features.Offices;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Kantor;

/// <summary>The office's budget reconciliation for a year across its PKs (<see cref="ReconcileOffice"/>).</summary>
public sealed class RekonsiliasiModel(ReconcileOffice reconcileOffice, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = QueryYear.Key)]
    public string? Tahun { get; set; }

    public OfficeReconciliation Reconciliation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid officeId, CancellationToken cancellationToken)
    {
        var result = await reconcileOffice.ExecuteAsync(User.ToActor(), officeId, OfficeYear.Or(QueryYear.Read(ModelState, Tahun), clock), cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;

        Reconciliation = result.Value!;
        return Page();
    }
}
