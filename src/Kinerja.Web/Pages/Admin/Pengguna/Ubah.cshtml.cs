using Kinerja.Application.Features.Accounts;
using Kinerja.Application.Features.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Pengguna;

/// <summary>One account: change its name, role, office and person; lock or unlock it; set a new password.</summary>
[Authorize(Roles = "Administrator")]
public sealed class UbahModel(
    GetUser getUser, GetOrganisation getOrganisation, ChangeUser changeUser, LockUser lockUser, UnlockUser unlockUser, SetUserPassword setPassword)
    : PageModel
{
    [BindProperty]
    public UserForm Ubah { get; set; } = new();

    [BindProperty]
    public UserForm Sandi { get; set; } = new();

    public UserSummary? Account { get; private set; }

    public OrganisationView? Organisation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(id, cancellationToken);
        if (shown is not null)
            return shown;
        Ubah = new UserForm
        {
            NamaLengkap = Account!.DisplayName,
            Peran = Account.Role?.ToString(),
            KantorId = Account.OfficeId,
            PegawaiId = Account.PersonId,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostUbahAsync(Guid id, CancellationToken cancellationToken)
    {
        var role = UserFormRules.Check(ModelState, nameof(Ubah), Ubah, passwordRequired: false);
        if (ModelState.IsValid && role is { } chosen)
        {
            var changed = await changeUser.ExecuteAsync(
                User.ToActor(), id, new UserChange(Ubah.NamaLengkap ?? string.Empty, chosen, Ubah.KantorId, Ubah.PegawaiId), cancellationToken);
            if (ModelState.Failure(changed) is { } failure)
                return failure;
            if (changed.IsOk)
                return await DoneAsync(id, AdminMessages.UserChanged, cancellationToken);
        }

        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostKunciAsync(Guid id, CancellationToken cancellationToken)
    {
        var locked = await lockUser.ExecuteAsync(User.ToActor(), id, cancellationToken);
        return ModelState.Failure(locked) ?? (locked.IsOk ? await DoneAsync(id, AdminMessages.UserLocked, cancellationToken) : await ReshowAsync(id, cancellationToken));
    }

    public async Task<IActionResult> OnPostBukaAsync(Guid id, CancellationToken cancellationToken)
    {
        var unlocked = await unlockUser.ExecuteAsync(User.ToActor(), id, cancellationToken);
        return ModelState.Failure(unlocked) ?? (unlocked.IsOk ? await DoneAsync(id, AdminMessages.UserUnlocked, cancellationToken) : await ReshowAsync(id, cancellationToken));
    }

    public async Task<IActionResult> OnPostSandiAsync(Guid id, CancellationToken cancellationToken)
    {
        UserFormRules.CheckPassword(ModelState, nameof(Sandi), Sandi.KataSandi, Sandi.UlangiKataSandi);
        if (ModelState.IsValid)
        {
            var set = await setPassword.ExecuteAsync(User.ToActor(), id, Sandi.KataSandi ?? string.Empty, cancellationToken);
            if (ModelState.Failure(set, nameof(Sandi) + "." + nameof(UserForm.KataSandi)) is { } failure)
                return failure;
            if (set.IsOk)
                return await DoneAsync(id, AdminMessages.PasswordSet, cancellationToken);
        }

        Sandi = new UserForm();
        return await ReshowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ReshowAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(id, cancellationToken);
        if (shown is not null)
            return shown;
        Ubah = new UserForm { NamaLengkap = Account!.DisplayName, Peran = Account.Role?.ToString(), KantorId = Account.OfficeId, PegawaiId = Account.PersonId };
        return Page();
    }

    private async Task<IActionResult> DoneAsync(Guid id, string message, CancellationToken cancellationToken)
    {
        var account = await getUser.ExecuteAsync(User.ToActor(), id, cancellationToken);
        TempData[AdminPage.Notice] = AdminPage.Format(message, account.Value?.UserName);
        return LocalRedirect("/admin/pengguna/" + id);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var account = await getUser.ExecuteAsync(actor, id, cancellationToken);
        if (ModelState.Failure(account) is { } failure)
            return failure;
        Account = account.Value;
        Organisation = (await getOrganisation.ExecuteAsync(actor, cancellationToken)).Value;
        return null;
    }
}
