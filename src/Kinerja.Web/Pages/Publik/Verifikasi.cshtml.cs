using Kinerja.Application.Features.Verification;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Publik;

/// <summary>
/// Where the QR code of a printed PK leads: who signed it, its status now and the fingerprint of its content, which
/// the visitor compares with the one printed on the paper (typed as printed). An unknown id answers 404 with a plain
/// sentence; a PK not yet signed tells the public nothing but that.
/// </summary>
public sealed class VerifikasiModel(VerifyAgreement verifyAgreement) : PageModel
{
    public AgreementVerification? Verification { get; private set; }

    /// <summary>The fingerprint printed on the paper, when the visitor types it in to compare.</summary>
    [BindProperty(SupportsGet = true, Name = "sidik")]
    public string? Sidik { get; set; }

    public bool? Matches => string.IsNullOrWhiteSpace(Sidik) || Verification?.Facts is not { } facts ? null : facts.Matches(Sidik);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Verification = await verifyAgreement.ExecuteAsync(User.ToActor(), id, cancellationToken);
        if (Verification is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
