using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Accounts;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Akun;

/// <summary>
/// The one-time setup: with the token printed at first start, create the first administrator. Closed (404) once an
/// administrator exists or the token is spent.
/// </summary>
public sealed class PersiapanModel(SetupToken setupToken, CreateUser createUser, SignInManager<KinerjaUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
    [Display(Name = "Nama pengguna")]
    public string NamaPengguna { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Nama lengkap wajib diisi.")]
    [Display(Name = "Nama lengkap")]
    public string NamaLengkap { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Kata sandi wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi")]
    public string KataSandi { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Ulangi kata sandi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Ulangi kata sandi")]
    public string UlangiKataSandi { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync() =>
        await IsOpenAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!setupToken.Matches(Token))
            return setupToken.WasSpent(Token) ? AlreadyUsed() : NotFound();
        if (await createUser.AdministratorExistsAsync())
            return AlreadyUsed();
        if (KataSandi != UlangiKataSandi)
            ModelState.AddModelError(nameof(UlangiKataSandi), AccountMessages.PasswordsDiffer);
        if (!ModelState.IsValid)
            return Page();

        // The link is spent in the database in the same transaction that creates the administrator: of simultaneous
        // requests exactly one succeeds, the others are told the link has been used.
        var created = await createUser.CreateFirstAdministratorAsync(NamaPengguna, NamaLengkap, KataSandi, cancellationToken);
        if (!created.Success)
        {
            if (created.Errors.Contains(AccountMessages.SetupAlreadyUsed))
                return AlreadyUsed();
            foreach (var error in created.Errors)
                ModelState.AddModelError(string.Empty, error);
            return Page();
        }

        setupToken.Close();
        await signIn.SignInAsync(created.Value!, isPersistent: false);
        return LocalRedirect("/");
    }

    /// <summary>True once the link has been used (the form is then not shown again).</summary>
    public bool Used { get; private set; }

    private PageResult AlreadyUsed()
    {
        setupToken.Close();
        Used = true;
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, AccountMessages.SetupAlreadyUsed);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> IsOpenAsync()
    {
        if (!setupToken.Matches(Token))
            return false;
        if (!await createUser.AdministratorExistsAsync())
            return true;
        setupToken.Close();
        return false;
    }
}
