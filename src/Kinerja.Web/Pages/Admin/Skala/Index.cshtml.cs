using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kinerja.Application.Features.Organisation;
using Kinerja.Application.Features.Scales;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Measurement;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Skala;

/// <summary>
/// The capaian scales: categories with their lower bounds and the display cap, per region from a year on; and a
/// preview that computes a capaian and judges it on the scale in force.
/// </summary>
[Authorize(Roles = "Administrator")]
public sealed class IndexModel(
    GetOrganisation getOrganisation,
    ListAchievementScales listScales,
    GetAchievementScale getScale,
    SaveAchievementScale saveScale,
    RemoveAchievementScale removeScale,
    TimeProvider clock) : PageModel
{
    /// <summary>Rows the form offers: the most categories a scale may have.</summary>
    public const int Rows = AchievementScale.MaximumBands;

    [BindProperty]
    [Display(Name = "Daerah")]
    public Guid? DaerahId { get; set; }

    [BindProperty]
    public string? Tahun { get; set; }

    [BindProperty]
    public List<BandInput> Kategori { get; set; } = [];

    [BindProperty]
    public string? BatasTampilan { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Skala yang diubah")]
    public Guid? Ubah { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UjiTahun { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UjiTarget { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UjiRealisasi { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Arah indikator")]
    public PreviewDirection UjiArah { get; set; }

    public OrganisationView? Organisation { get; private set; }

    public IReadOnlyList<AchievementScale> Scales { get; private set; } = [];

    /// <summary>The capaian the preview computed, judged on the scale in force; null when none was asked or computable.</summary>
    public AssessedAchievement? Preview { get; private set; }

    /// <summary>The year the scale of the preview applies from; null for the default scale.</summary>
    public int? PreviewScaleYear { get; private set; }

    public string? PreviewError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(cancellationToken);
        if (shown is not null)
            return shown;

        var editing = Ubah is { } id ? Scales.FirstOrDefault(s => s.Id == id) : null;
        if (Ubah is not null && editing is null)
            return NotFound();
        if (editing is not null)
            DaerahId = editing.RegionId;
        Tahun = (editing?.EffectiveFromYear ?? RegionTime.Year(clock)).ToString(CultureInfo.InvariantCulture);
        var bands = editing?.Bands ?? AchievementScale.DefaultBands;
        Kategori = [.. bands.Select(b => new BandInput { Nama = b.Name, BatasBawah = b.Minimum is { } m ? Display.Number(m) : null })];
        BatasTampilan = editing?.DisplayCap is { } cap ? Display.Number(cap) : null;
        await PreviewAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (DaerahId is null)
            ModelState.AddModelError(nameof(DaerahId), Application.ApplicationMessages.RegionRequired);
        if (!FiscalYear.TryParse(Tahun, out var year))
            ModelState.AddModelError(nameof(Tahun), FiscalYear.Invalid);
        var bands = new List<AchievementBand>();
        for (var i = 0; i < Kategori.Count; i++)
        {
            var row = Kategori[i];
            if (row.IsBlank)
                continue;
            var minimum = Percent(row.BatasBawah, $"{nameof(Kategori)}[{i}].{nameof(BandInput.BatasBawah)}", AdminPage.Format(AdminMessages.BandMinimum, i + 1));
            bands.Add(new AchievementBand(row.Nama?.Trim() ?? string.Empty, minimum));
        }

        var cap = Percent(BatasTampilan, nameof(BatasTampilan), AdminMessages.DisplayCap);
        if (ModelState.IsValid)
        {
            var saved = await saveScale.ExecuteAsync(User.ToActor(), DaerahId!.Value, year, bands, cap, cancellationToken);
            if (ModelState.Failure(saved) is { } failure)
                return failure;
            if (saved.IsOk)
            {
                var region = (await getOrganisation.ExecuteAsync(User.ToActor(), cancellationToken)).Value?.RegionName(DaerahId);
                TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.ScaleSaved, region, year);
                return LocalRedirect("/admin/skala");
            }
        }

        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostHapusAsync(Guid id, CancellationToken cancellationToken)
    {
        var removed = await removeScale.ExecuteAsync(User.ToActor(), id, cancellationToken);
        if (this.Failure(removed) is { } failure)
            return failure;
        TempData[AdminPage.Notice] = AdminPage.Format(AdminMessages.ScaleRemoved, removed.Value);
        return LocalRedirect("/admin/skala");
    }

    public string RegionName(Guid regionId) => Organisation?.RegionName(regionId) ?? string.Empty;

    /// <summary>The form's rows: what was typed or loaded, and two blank rows for more categories, up to <see cref="Rows"/>.</summary>
    public IReadOnlyList<BandInput> FormRows()
    {
        var filled = Kategori.Take(Rows).ToList();
        var blank = Math.Min(Rows, filled.FindLastIndex(b => !b.IsBlank) + 3) - filled.Count;
        return [.. filled, .. Enumerable.Range(0, Math.Max(0, blank)).Select(_ => new BandInput())];
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var scales = await listScales.ExecuteAsync(actor, cancellationToken);
        if (ModelState.Failure(scales) is { } failure)
            return failure;
        Scales = scales.Value!;
        Organisation = (await getOrganisation.ExecuteAsync(actor, cancellationToken)).Value;
        DaerahId ??= Organisation!.SoleRegionId;
        return null;
    }

    private async Task PreviewAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(UjiTarget) && string.IsNullOrWhiteSpace(UjiRealisasi))
            return;
        var target = Percent(UjiTarget, nameof(UjiTarget), AdminMessages.PreviewTarget);
        var realisation = Percent(UjiRealisasi, nameof(UjiRealisasi), AdminMessages.PreviewRealisation);
        if (!FiscalYear.TryParse(UjiTahun, out var year))
            ModelState.AddModelError(nameof(UjiTahun), FiscalYear.Invalid);
        if (target is null)
            ModelState.AddModelError(nameof(UjiTarget), AdminPage.Format(AdminMessages.Required, AdminMessages.PreviewTarget));
        if (realisation is null)
            ModelState.AddModelError(nameof(UjiRealisasi), AdminPage.Format(AdminMessages.Required, AdminMessages.PreviewRealisation));
        if (!ModelState.IsValid || DaerahId is not { } regionId)
            return;

        var scale = await getScale.ExecuteAsync(regionId, year, cancellationToken);
        if (!scale.IsOk)
            return;
        var capaian = UjiArah switch
        {
            PreviewDirection.LowerIsBetterDifference => Achievement.Percent(target!.Value, realisation!.Value, Polarity.LowerIsBetter),
            PreviewDirection.LowerIsBetterRatio => Achievement.Percent(target!.Value, realisation!.Value, Polarity.LowerIsBetter, LowerIsBetterFormula.Ratio),
            _ => Achievement.Percent(target!.Value, realisation!.Value, Polarity.HigherIsBetter),
        };
        if (capaian is null)
        {
            PreviewError = AdminMessages.PreviewUndefined;
            return;
        }

        Preview = scale.Value!.Assess(capaian.Value);
        PreviewScaleYear = Scales.Any(s => s.Id == scale.Value.Id) ? scale.Value.EffectiveFromYear : null;
    }

    /// <summary>A number typed the Indonesian way ("90,5"); null when blank; an error on the field when not a number.</summary>
    private decimal? Percent(string? text, string key, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var parsed = IndonesianNumber.Parse(text);
        if (parsed.Success)
            return parsed.Value;
        ModelState.AddModelError(key, AdminPage.Format(AdminMessages.PercentInvalid, label, text.Trim()));
        return null;
    }
}
