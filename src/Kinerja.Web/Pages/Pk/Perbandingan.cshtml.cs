using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Pk;

/// <summary>
/// The side-by-side comparison of an amendment with the version it supersedes: parties, targets and budget lines
/// changed, added and removed, with the differences in Rupiah (the core's <see cref="AgreementDiff"/>).
/// </summary>
[AllowAnonymous]
public sealed class PerbandinganModel(GetAgreement getAgreement) : PageModel
{
    public AgreementDiff Diff { get; private set; } = null!;

    /// <summary>Show the unchanged rows too.</summary>
    [BindProperty(SupportsGet = true, Name = "semua")]
    [Display(Name = "Tampilkan semua")]
    public bool Semua { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var current = await getAgreement.ExecuteAsync(actor, id, cancellationToken);
        if (this.Failure(current) is { } failure)
            return failure;
        if (current.Value!.Agreement.SupersedesId is not { } previousId)
            return NotFound();
        var previous = await getAgreement.ExecuteAsync(actor, previousId, cancellationToken);
        if (this.Failure(previous) is { } previousFailure)
            return previousFailure;

        Diff = AgreementDiff.Compare(previous.Value!.Agreement, current.Value.Agreement);
        ViewData["Title"] = "Perbandingan – " + Display.Title(current.Value.Agreement);
        return Page();
    }
}
