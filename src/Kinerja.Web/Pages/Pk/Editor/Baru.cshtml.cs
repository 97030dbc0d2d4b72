using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>Starts a PK: the position (of an office the actor may create PKs in) and the year; then the editor.</summary>
public sealed class BaruModel(GetOrganisation getOrganisation, CreateAgreement createAgreement, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "jabatan")]
    [Display(Name = "Jabatan")]
    public Guid? PositionId { get; set; }

    [BindProperty(Name = "tahun")]
    public string? Year { get; set; }

    /// <summary>The positions the actor may start a PK for, with their office's name.</summary>
    public IReadOnlyList<(Office Office, IReadOnlyList<Position> Positions)> Offices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Year ??= Domain.Common.RegionTime.Year(clock).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PositionId is null)
            ModelState.AddModelError("jabatan", EditorMessages.PositionRequired);
        if (!Domain.Common.FiscalYear.TryParse(Year, out var year))
            ModelState.AddModelError("tahun", Domain.Common.FiscalYear.Invalid);
        if (ModelState.ErrorCount > 0)
            return await LoadAsync(cancellationToken) ?? Page();

        var result = await createAgreement.ExecuteAsync(User.ToActor(), PositionId!.Value, year, cancellationToken: cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        return result.IsOk ? Redirect($"/pk/{result.Value}/ubah") : await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var organisation = await getOrganisation.ExecuteAsync(actor, cancellationToken);
        if (!organisation.IsOk)
            return StatusCode(StatusCodes.Status403Forbidden);

        var view = organisation.Value!;
        Offices = view.Offices
            .Where(o => AgreementAccess.CanCreateIn(actor, o.Id))
            .Select(o => (o, (IReadOnlyList<Position>)view.Positions.Where(p => p.OfficeId == o.Id && p.SuperiorId != null).OrderBy(p => p.Title, StringComparer.Ordinal).ToList()))
            .Where(o => o.Item2.Count > 0)
            .ToList();
        return null;
    }
}
