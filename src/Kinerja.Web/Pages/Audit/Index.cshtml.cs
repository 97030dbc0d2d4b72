using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Common;
using Kinerja.Application.Features.Audit;
using Kinerja.Persistence.Audit;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Audit;

/// <summary>The audit log of every write (who, what, when, before and after); administrators and evaluators.</summary>
public sealed class IndexModel(ListAuditEntries listAuditEntries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jenis")]
    public string? Jenis { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public string? EntitasId { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    [Display(Name = "Halaman")]
    public int Halaman { get; set; } = 1;

    public Page<AuditEntry> Entries { get; private set; } = new([], 1, 50, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await listAuditEntries.ExecuteAsync(
            User.ToActor(), new AuditSearch(EntityType: Jenis, EntityId: EntitasId, Page: Halaman), cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        Entries = result.Value!;
        return Page();
    }
}
