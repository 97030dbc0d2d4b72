using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Common;
using Kinerja.Application.Features.Audit;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Audit;

/// <summary>The audit log of every write as Indonesian sentences (who, what, when, the changed values); administrators and evaluators.</summary>
public sealed class IndexModel(ListAuditEntries listAuditEntries) : PageModel
{
    /// <summary>Indonesian words ("perjanjian", "diajukan") or a user's name; see <see cref="AuditVocabulary"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Cari { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public string? EntitasId { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    [Display(Name = "Halaman")]
    public int Halaman { get; set; } = 1;

    public Page<AuditLine> Entries { get; private set; } = new([], 1, 50, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await listAuditEntries.ExecuteAsync(
            User.ToActor(), new AuditSearch(EntityId: EntitasId, Text: Cari, Page: Halaman), cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        Entries = result.Value!;
        return Page();
    }
}
