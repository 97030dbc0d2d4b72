using Kinerja.Application.Features.Accounts;
using Kinerja.Application.Features.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Pengguna;

/// <summary>The accounts: list (role, office, person, locked) and a form to create one (password typed twice, no default).</summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel(ListUsers listUsers, GetOrganisation getOrganisation, CreateUser createUser) : PageModel
{
    [BindProperty]
    public UserForm Baru { get; set; } = new();

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public OrganisationView? Organisation { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var role = UserFormRules.Check(ModelState, nameof(Baru), Baru, passwordRequired: true);
        if (ModelState.IsValid && role is { } chosen)
        {
            var created = await createUser.ExecuteAsync(
                User.ToActor(),
                new NewUser(Baru.NamaPengguna ?? string.Empty, Baru.NamaLengkap ?? string.Empty, Baru.KataSandi ?? string.Empty, chosen, Baru.KantorId, Baru.PegawaiId),
                cancellationToken);
            if (ModelState.Failure(created) is { } failure)
                return failure;
            if (created.IsOk)
            {
                TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.UserCreated, Baru.NamaPengguna?.Trim());
                return LocalRedirect("/admin/pengguna");
            }
        }

        Baru.KataSandi = null;
        Baru.UlangiKataSandi = null;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var users = await listUsers.ExecuteAsync(actor, cancellationToken);
        var organisation = await getOrganisation.ExecuteAsync(actor, cancellationToken);
        if (ModelState.Failure(users) is { } failure)
            return failure;
        Users = users.Value!;
        Organisation = organisation.Value;
        return Page();
    }
}
