using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Jabatan;

/// <summary>The positions of an office (or all), each with its current holder; a form to create one.</summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel(GetOrganisation getOrganisation, SavePosition savePosition, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Kantor")]
    public Guid? Kantor { get; set; }

    [BindProperty]
    public PositionForm Jabatan { get; set; } = new();

    public OrganisationView? Organisation { get; private set; }

    public IReadOnlyList<Position> Positions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Jabatan.KantorId = Kantor;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Jabatan.KantorId is null)
            ModelState.AddModelError(nameof(Jabatan) + "." + nameof(PositionForm.KantorId), AdminMessages.OfficeRequired);
        if (ModelState.IsValid)
        {
            var saved = await savePosition.ExecuteAsync(
                User.ToActor(), null, Jabatan.KantorId!.Value, Jabatan.Nama ?? string.Empty, Jabatan.Eselon, Jabatan.AtasanId, cancellationToken);
            if (ModelState.Failure(saved, nameof(Jabatan) + "." + nameof(PositionForm.Nama)) is { } failure)
                return failure;
            if (saved.IsOk)
            {
                TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.PositionSaved, Jabatan.Nama?.Trim());
                return LocalRedirect("/admin/jabatan/" + saved.Value);
            }
        }

        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var organisation = await getOrganisation.ExecuteAsync(User.ToActor(), cancellationToken);
        if (ModelState.Failure(organisation) is { } failure)
            return failure;
        Organisation = organisation.Value!;
        Positions = Organisation.Positions
            .Where(p => Kantor is null || p.OfficeId == Kantor)
            .OrderBy(p => PositionChoices.OfficeName(Organisation, p.OfficeId), StringComparer.Ordinal)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ToList();
        Today = RegionTime.Today(clock);
        return null;
    }
}
