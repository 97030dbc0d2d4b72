using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Kinerja.Web.Pages.Admin.Nomenklatur;

/// <summary>
/// The nomenclature catalogue: search by code or name and level, add an entry or correct one (<c>?ubah=id</c>).
/// </summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel(ListNomenclature listNomenclature, GetNomenclatureEntry getEntry, SaveNomenclatureEntry saveEntry) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cari { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tingkat { get; set; }

    /// <summary>The entry being corrected, or null to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Ubah { get; set; }

    [BindProperty]
    public EntryForm Entri { get; set; } = new();

    public IReadOnlyList<NomenclatureItem> Items { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Levels { get; } =
        Enum.GetValues<BudgetLevel>().Select(l => new SelectListItem(Display.Level(l), l.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Ubah is { } id)
        {
            var found = await getEntry.ExecuteAsync(User.ToActor(), id, cancellationToken);
            if (ModelState.Failure(found) is { } failure)
                return failure;
            var entry = found.Value!.Entry;
            Entri = new EntryForm { Tingkat = entry.Level.ToString(), Kode = entry.Code, Nama = entry.Name, KodeInduk = entry.ParentCode };
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<BudgetLevel>(Entri.Tingkat, ignoreCase: false, out var level) || !Enum.IsDefined(level))
        {
            ModelState.AddModelError(nameof(Entri) + "." + nameof(EntryForm.Tingkat), AdminMessages.LevelRequired);
            return await ShowAsync(cancellationToken);
        }

        var saved = await saveEntry.ExecuteAsync(User.ToActor(), Ubah, level, Entri.Kode, Entri.Nama, Entri.KodeInduk, cancellationToken);
        if (ModelState.Failure(saved) is { } failure)
            return failure;
        if (!saved.IsOk)
            return await ShowAsync(cancellationToken);

        TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.EntrySaved, string.IsNullOrWhiteSpace(Entri.Kode) ? Entri.Nama?.Trim() : Entri.Kode.Trim());
        return LocalRedirect("/admin/nomenklatur?cari=" + Uri.EscapeDataString(Entri.Kode?.Trim() ?? Entri.Nama?.Trim() ?? string.Empty));
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        BudgetLevel? level = Enum.TryParse<BudgetLevel>(Tingkat, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var items = await listNomenclature.ExecuteAsync(User.ToActor(), Cari, level, cancellationToken);
        if (ModelState.Failure(items) is { } failure)
            return failure;
        Items = items.Value!;
        return Page();
    }
}
