using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Kantor;

/// <summary>The offices of each region: list, create, rename (<c>?ubah=id</c>).</summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel(GetOrganisation getOrganisation, SaveOffice saveOffice) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Kantor yang diubah")]
    public Guid? Ubah { get; set; }

    [BindProperty]
    [Display(Name = "Daerah")]
    public Guid? DaerahId { get; set; }

    [BindProperty]
    public string? Nama { get; set; }

    public OrganisationView? Organisation { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(cancellationToken);
        if (shown is not null || Ubah is not { } id)
            return shown ?? Page();
        var office = Organisation!.Offices.SingleOrDefault(o => o.Id == id);
        if (office is null)
            return NotFound();
        DaerahId = office.RegionId;
        Nama = office.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (DaerahId is null)
            ModelState.AddModelError(nameof(DaerahId), Application.ApplicationMessages.RegionRequired);
        if (ModelState.IsValid)
        {
            var saved = await saveOffice.ExecuteAsync(User.ToActor(), Ubah, DaerahId!.Value, Nama ?? string.Empty, cancellationToken);
            if (ModelState.Failure(saved, nameof(Nama)) is { } failure)
                return failure;
            if (saved.IsOk)
            {
                TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.OfficeSaved, Nama?.Trim());
                return LocalRedirect("/admin/kantor");
            }
        }

        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var organisation = await getOrganisation.ExecuteAsync(User.ToActor(), cancellationToken);
        if (ModelState.Failure(organisation) is { } failure)
            return failure;
        Organisation = organisation.Value;
        DaerahId ??= Organisation!.SoleRegionId;
        return null;
    }
}
