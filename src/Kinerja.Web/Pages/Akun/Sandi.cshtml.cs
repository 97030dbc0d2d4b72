using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Accounts;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Akun;

/// <summary>
/// A signed-in user changes their own password (<see cref="ChangeOwnPassword"/>); this session is signed in again with
/// the renewed security stamp, the account's other sessions end.
/// </summary>
public sealed class SandiModel(ChangeOwnPassword changePassword, SignInManager<KinerjaUser> signIn) : PageModel
{
    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi saat ini")]
    public string? KataSandiSaatIni { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi baru")]
    public string? KataSandiBaru { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = "Ulangi kata sandi baru")]
    public string? UlangiKataSandiBaru { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await changePassword.ExecuteAsync(
            User.ToActor(), KataSandiSaatIni ?? string.Empty, KataSandiBaru ?? string.Empty, UlangiKataSandiBaru ?? string.Empty, cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        if (!result.IsOk)
            return Page();

        await signIn.RefreshSignInAsync(result.Value!);
        TempData[Flash.Success] = WebMessages.PasswordChanged;
        return RedirectToPage();
    }
}
