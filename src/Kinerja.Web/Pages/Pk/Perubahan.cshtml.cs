using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Pk;

/// <summary>Starts a PK Perubahan of a signed agreement, with its reason (DOMAIN.md §2), then opens it in the editor.</summary>
public sealed class PerubahanModel(GetAgreement getAgreement, AmendAgreement amendAgreement) : PageModel
{
    public AgreementDetails Details { get; private set; } = null!;

    [BindProperty]
    [Required(ErrorMessage = "Pilih alasan perubahan.")]
    public AmendmentReason? Alasan { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Jelaskan perubahan yang dilakukan.")]
    [StringLength(2000, ErrorMessage = "Penjelasan paling panjang 2000 karakter.")]
    public string? Penjelasan { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return await LoadAsync(id, cancellationToken) ?? Page();

        var result = await amendAgreement.ExecuteAsync(User.ToActor(), id, Alasan!.Value, Penjelasan!, cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        if (!ModelState.IsValid)
            return await LoadAsync(id, cancellationToken) ?? Page();

        TempData[Flash.Success] = WebMessages.AmendmentStarted;
        return Redirect($"/pk/{result.Value}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await getAgreement.ExecuteAsync(User.ToActor(), id, cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        Details = result.Value!;
        return Details.Access.Holds(Kinerja.Domain.Access.AgreementAction.Amend) ? null : StatusCode(StatusCodes.Status403Forbidden);
    }
}
