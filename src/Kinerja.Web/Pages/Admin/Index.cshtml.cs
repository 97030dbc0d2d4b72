using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin;

/// <summary>The administrator's start page: links to users, nomenclature, offices, positions, people and budget dates.</summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
