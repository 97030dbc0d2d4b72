using Kinerja.Application.Features.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Publik;

/// <summary>Where the QR code of a printed PK leads: the agreement's status now and the fingerprint of its content.</summary>
public sealed class VerifikasiModel(VerifyAgreement verifyAgreement) : PageModel
{
    public AgreementVerification? Verification { get; private set; }

    /// <summary>The fingerprint printed on the paper, when the visitor types it in to compare.</summary>
    [BindProperty(SupportsGet = true, Name = "sidik")]
    public string? Sidik { get; set; }

    public bool? Matches => string.IsNullOrWhiteSpace(Sidik) || Verification is null
        ? null
        : Verification.Fingerprint.StartsWith(Sidik.Trim().ToLowerInvariant(), StringComparison.Ordinal) && Sidik.Trim().Length >= 8;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Verification = await verifyAgreement.ExecuteAsync(id, cancellationToken);
        return Verification is null ? NotFound() : Page();
    }
}
