using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Anggaran;

/// <summary>The budget approval date (tanggal pengesahan DPA) of each region and year; the PK deadline is one month later.</summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel(GetOrganisation getOrganisation, ListBudgetApprovals listApprovals, SetBudgetApproval setApproval) : PageModel
{
    [BindProperty]
    [Display(Name = "Daerah")]
    public Guid? DaerahId { get; set; }

    [BindProperty]
    public string? Tahun { get; set; }

    [BindProperty]
    public string? Tanggal { get; set; }

    public OrganisationView? Organisation { get; private set; }

    public IReadOnlyList<BudgetApproval> Approvals { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (DaerahId is null)
            ModelState.AddModelError(nameof(DaerahId), Application.ApplicationMessages.RegionRequired);
        if (!Domain.Common.FiscalYear.TryParse(Tahun, out var year))
            ModelState.AddModelError(nameof(Tahun), Domain.Common.FiscalYear.Invalid);
        var date = AdminPage.ParseDate(Tanggal);
        if (date is null)
            ModelState.AddModelError(nameof(Tanggal), AdminPage.Format(AdminMessages.DateInvalid, "Tanggal pengesahan"));
        if (ModelState.IsValid)
        {
            var set = await setApproval.ExecuteAsync(User.ToActor(), DaerahId!.Value, year, date!.Value, cancellationToken);
            if (ModelState.Failure(set) is { } failure)
                return failure;
            if (set.IsOk)
            {
                var region = (await getOrganisation.ExecuteAsync(User.ToActor(), cancellationToken)).Value?.RegionName(DaerahId);
                TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.BudgetApprovalSaved, region, year);
                return LocalRedirect("/admin/anggaran");
            }
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var approvals = await listApprovals.ExecuteAsync(actor, cancellationToken);
        if (ModelState.Failure(approvals) is { } failure)
            return failure;
        Approvals = approvals.Value!;
        Organisation = (await getOrganisation.ExecuteAsync(actor, cancellationToken)).Value;
        DaerahId ??= Organisation!.SoleRegionId;
        return Page();
    }
}
