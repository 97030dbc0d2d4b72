using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Kinerja.Web.Pages.Admin.Nomenklatur;

/// <summary>
/// The nomenclature catalogue: search by code or name and level, add an entry or correct one (<c>?ubah=id</c>), load
/// a newer list (a CSV of the format Kinerja ships) merged into the catalogue or replacing it.
/// </summary>
[Authorize(Roles = "Administrator")]
[RequestSizeLimit(UploadLimits.DocumentBytes + UploadLimits.FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.DocumentBytes + UploadLimits.FormOverheadBytes)]
public sealed class IndexModel(
    ListNomenclature listNomenclature, GetNomenclatureEntry getEntry, SaveNomenclatureEntry saveEntry, ImportNomenclature importNomenclature) : PageModel
{
    /// <summary>The most rows the page lists; a search narrows the catalogue down.</summary>
    public const int ShownRows = 500;

    [BindProperty(SupportsGet = true)]
    public string? Cari { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tingkat { get; set; }

    /// <summary>The entry being corrected, or null to add one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Ubah { get; set; }

    [BindProperty]
    public EntryForm Entri { get; set; } = new();

    /// <summary>A newer nomenclature list (CSV) to load.</summary>
    [BindProperty]
    public IFormFile? BerkasNomenklatur { get; set; }

    /// <summary>True: the list replaces the catalogue; false: it is merged into it.</summary>
    [BindProperty]
    public bool Ganti { get; set; }

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

    public async Task<IActionResult> OnPostMuatAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var file = BerkasNomenklatur;
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(nameof(BerkasNomenklatur), AdminMessages.NomenclatureFileMissing);
            return await ShowAsync(cancellationToken);
        }

        var name = Path.GetFileName(file.FileName);
        if (!string.Equals(Path.GetExtension(name), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(BerkasNomenklatur), AdminPage.Format(AdminMessages.NomenclatureFileNotCsv, name));
            return await ShowAsync(cancellationToken);
        }

        await using var content = file.OpenReadStream();
        var loaded = await importNomenclature.ExecuteAsync(User.ToActor(), content, Ganti, cancellationToken);
        if (ModelState.Failure(loaded, nameof(BerkasNomenklatur)) is { } failure)
            return failure;
        if (!loaded.IsOk)
            return await ShowAsync(cancellationToken);

        var summary = loaded.Value!;
        TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.NomenclatureLoaded, name, summary.Added, summary.Changed, summary.Removed, summary.Unchanged);
        return LocalRedirect("/admin/nomenklatur");
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
