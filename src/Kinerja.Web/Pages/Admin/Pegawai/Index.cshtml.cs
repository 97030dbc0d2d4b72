using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Pegawai;

/// <summary>
/// The people of the register: search by name or NIP, create one, correct one (<c>?ubah=id</c>), merge one recorded
/// twice into the other.
/// </summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel(GetOrganisation getOrganisation, SavePerson savePerson, MergePeople mergePeople) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cari { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Pegawai yang diubah")]
    public Guid? Ubah { get; set; }

    [BindProperty]
    public PersonForm Pegawai { get; set; } = new();

    [BindProperty]
    public MergeForm Gabung { get; set; } = new();

    public IReadOnlyList<Person> People { get; private set; } = [];

    public OrganisationView? Organisation { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(cancellationToken);
        if (shown is not null || Ubah is not { } id)
            return shown ?? Page();
        var person = Organisation!.People.SingleOrDefault(p => p.Id == id);
        if (person is null)
            return NotFound();
        Pegawai = new PersonForm { Nama = person.Name, GelarDepan = person.FrontTitles, GelarBelakang = person.BackTitles, Nip = person.Nip is { } nip ? Nip.Validate(nip).Nip?.Grouped ?? nip : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await savePerson.ExecuteAsync(User.ToActor(), Ubah, Pegawai.Nama ?? string.Empty, Pegawai.GelarDepan, Pegawai.GelarBelakang, Pegawai.Nip, cancellationToken);
        if (ModelState.Failure(saved, nameof(Pegawai) + "." + nameof(PersonForm.Nip)) is { } failure)
            return failure;
        if (saved.IsOk)
        {
            TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.PersonSaved, Pegawai.Nama?.Trim());
            return LocalRedirect("/admin/pegawai?cari=" + Uri.EscapeDataString(Pegawai.Nama?.Trim() ?? string.Empty));
        }

        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostGabungkanAsync(CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(cancellationToken);
        if (shown is not null)
            return shown;
        const string prefix = nameof(Gabung) + ".";
        if (Gabung.TetapId is null)
            ModelState.AddModelError(prefix + nameof(MergeForm.TetapId), AdminMessages.PersonRequired);
        if (Gabung.DigabungId is null)
            ModelState.AddModelError(prefix + nameof(MergeForm.DigabungId), AdminMessages.PersonRequired);
        if (!ModelState.IsValid)
            return Page();

        var kept = Organisation!.People.FirstOrDefault(p => p.Id == Gabung.TetapId);
        var merged = Organisation.People.FirstOrDefault(p => p.Id == Gabung.DigabungId);
        var result = await mergePeople.ExecuteAsync(User.ToActor(), Gabung.TetapId!.Value, Gabung.DigabungId!.Value, cancellationToken);
        if (ModelState.Failure(result, prefix + nameof(MergeForm.DigabungId)) is { } failure)
            return failure;
        if (!result.IsOk)
            return Page();

        TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.PeopleMerged, merged?.PrintedName, kept?.PrintedName);
        return LocalRedirect("/admin/pegawai?cari=" + Uri.EscapeDataString(kept?.Name ?? string.Empty));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var organisation = await getOrganisation.ExecuteAsync(User.ToActor(), cancellationToken);
        if (ModelState.Failure(organisation) is { } failure)
            return failure;
        Organisation = organisation.Value;
        var text = Cari?.Trim() ?? string.Empty;
        var digits = Nip.DigitsOf(text);
        People = Organisation!.People
            .Where(p => text.Length == 0
                || p.PrintedName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || (digits is { Length: > 0 } && p.Nip is not null && p.Nip.Contains(digits, StringComparison.Ordinal)))
            .ToList();
        return null;
    }
}
