using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Accounts;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Akun;

/// <summary>Sign in with user name and password; five failures lock the account for a while.</summary>
public sealed class MasukModel(SignInManager<KinerjaUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
    [Display(Name = "Nama pengguna")]
    public string NamaPengguna { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Kata sandi wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi")]
    public string KataSandi { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();

        var result = await signIn.PasswordSignInAsync(NamaPengguna.Trim(), KataSandi, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? AccountMessages.LockedOut : AccountMessages.SignInFailed);
        return Page();
    }
}
