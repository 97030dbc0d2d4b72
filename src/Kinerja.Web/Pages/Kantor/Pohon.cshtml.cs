using Kinerja.Application.Features.Offices;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Kantor;

/// <summary>The pohon kinerja of an office for a year (<see cref="GetPerformanceTree"/>).</summary>
public sealed class PohonModel(GetPerformanceTree getPerformanceTree, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = QueryYear.Key)]
    public string? Tahun { get; set; }

    public PerformanceTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid officeId, CancellationToken cancellationToken)
    {
        var result = await getPerformanceTree.ExecuteAsync(User.ToActor(), officeId, OfficeYear.Or(QueryYear.Read(ModelState, Tahun), clock), cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;

        Tree = result.Value!;
        return Page();
    }
}
