using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Accounts;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Akun;

/// <summary>
/// Sign in with user name and password, within the limits of <see cref="SignInThrottle"/> (per client address, and per
/// account name from one address); an account locked by the administrator is told so after the right password.
/// </summary>
public sealed class MasukModel(SignInManager<KinerjaUser> signIn, UserManager<KinerjaUser> users, SignInThrottle throttle) : PageModel
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

        var address = SignInThrottle.AddressOf(HttpContext);
        if (!throttle.TryAttempt(address))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, AccountMessages.TooManyAttemptsFromAddress);
            return Page();
        }

        var userName = NamaPengguna.Trim();
        if (throttle.IsBlocked(userName, address))
        {
            ModelState.AddModelError(string.Empty, AccountMessages.LockedOut);
            return Page();
        }

        // Failures are counted per name and address (SignInThrottle), never against the account itself: nobody can
        // lock another user out by typing wrong passwords.
        var result = await signIn.PasswordSignInAsync(userName, KataSandi, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.RecordSuccess(userName, address);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            // Only after the right password (KinerjaSignInManager): the account is locked until the administrator
            // unlocks it.
            var user = await users.FindByNameAsync(userName);
            ModelState.AddModelError(string.Empty, user is not null && LockUser.IsLockedByAdministrator(user)
                ? AccountMessages.LockedByAdministrator
                : AccountMessages.LockedOut);
            return Page();
        }

        throttle.RecordFailure(userName, address);
        ModelState.AddModelError(string.Empty, AccountMessages.SignInFailed);
        return Page();
    }
}
