using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Admin.Jabatan;

/// <summary>
/// One position: rename it, set its eselon and superior; who held it over time, the holder today and how the
/// position prints in a PK; add, end and delete assignments; merge another position of the office recorded twice into it.
/// </summary>
[Authorize(Roles = "Administrator")]
public sealed class DetailModel(
    GetOrganisation getOrganisation, SavePosition savePosition, SaveAssignment saveAssignment, DeleteAssignment deleteAssignment, MergePositions mergePositions,
    TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public PositionForm Jabatan { get; set; } = new();

    [BindProperty]
    public AssignmentForm Penugasan { get; set; } = new();

    [BindProperty]
    [Display(Name = "Penugasan")]
    public Guid? PenugasanId { get; set; }

    [BindProperty]
    public string? TanggalAkhir { get; set; }

    [BindProperty]
    [Display(Name = "Jabatan yang digabungkan")]
    public Guid? DigabungId { get; set; }

    public OrganisationView? Organisation { get; private set; }

    public Position? Position { get; private set; }

    public IReadOnlyList<Assignment> Assignments { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await ReloadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostJabatanAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(id, cancellationToken);
        if (shown is not null)
            return shown;
        var saved = await savePosition.ExecuteAsync(
            User.ToActor(), id, Position!.OfficeId, Jabatan.Nama ?? string.Empty, Jabatan.Eselon, Jabatan.AtasanId, cancellationToken);
        return ModelState.Failure(saved, nameof(Jabatan) + "." + nameof(PositionForm.AtasanId))
            ?? (saved.IsOk ? Done(id, AdminPage.Format(AdminMessages.PositionSaved, Jabatan.Nama?.Trim())) : await ReloadAsync(id, cancellationToken));
    }

    public async Task<IActionResult> OnPostTambahAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(id, cancellationToken);
        if (shown is not null)
            return shown;
        const string prefix = nameof(Penugasan) + ".";
        if (Penugasan.PegawaiId is null)
            ModelState.AddModelError(prefix + nameof(AssignmentForm.PegawaiId), AdminMessages.PersonRequired);
        AssignmentKind? kind = Enum.TryParse<AssignmentKind>(Penugasan.Jenis, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        if (kind is null)
            ModelState.AddModelError(prefix + nameof(AssignmentForm.Jenis), AdminMessages.KindRequired);
        var from = AdminPage.ParseDate(Penugasan.Mulai);
        if (from is null)
            ModelState.AddModelError(prefix + nameof(AssignmentForm.Mulai), AdminPage.Format(AdminMessages.DateInvalid, "Tanggal mulai"));
        var to = AdminPage.ParseDate(Penugasan.Sampai);
        if (to is null && !string.IsNullOrWhiteSpace(Penugasan.Sampai))
            ModelState.AddModelError(prefix + nameof(AssignmentForm.Sampai), AdminPage.Format(AdminMessages.DateInvalid, "Tanggal akhir"));
        if (!ModelState.IsValid)
            return Page();

        var saved = await saveAssignment.ExecuteAsync(User.ToActor(), null, Penugasan.PegawaiId!.Value, id, from!.Value, to, kind!.Value, cancellationToken);
        return ModelState.Failure(saved, prefix + nameof(AssignmentForm.Mulai))
            ?? (saved.IsOk ? Done(id, AdminMessages.AssignmentSaved) : Page());
    }

    public async Task<IActionResult> OnPostAkhiriAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(id, cancellationToken);
        if (shown is not null)
            return shown;
        var assignment = Assignments.FirstOrDefault(a => a.Id == PenugasanId);
        if (assignment is null)
            return NotFound();
        var end = AdminPage.ParseDate(TanggalAkhir);
        if (end is null)
        {
            ModelState.AddModelError(string.Empty, AdminPage.Format(AdminMessages.DateInvalid, "Tanggal akhir"));
            return Page();
        }

        var saved = await saveAssignment.ExecuteAsync(User.ToActor(), assignment.Id, assignment.PersonId, id, assignment.From, end, assignment.Kind, cancellationToken);
        return ModelState.Failure(saved) ?? (saved.IsOk ? Done(id, AdminMessages.AssignmentSaved) : Page());
    }

    public async Task<IActionResult> OnPostHapusAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(id, cancellationToken);
        if (shown is not null)
            return shown;
        if (Assignments.All(a => a.Id != PenugasanId))
            return NotFound();
        var deleted = await deleteAssignment.ExecuteAsync(User.ToActor(), PenugasanId!.Value, cancellationToken);
        return ModelState.Failure(deleted) ?? (deleted.IsOk ? Done(id, AdminMessages.AssignmentDeleted) : Page());
    }

    public async Task<IActionResult> OnPostGabungkanAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await LoadAsync(id, cancellationToken);
        if (shown is not null)
            return shown;
        if (DigabungId is null)
        {
            ModelState.AddModelError(nameof(DigabungId), AdminMessages.MergedPositionRequired);
            return Page();
        }

        var merged = PositionChoices.Title(Organisation!, DigabungId);
        var result = await mergePositions.ExecuteAsync(User.ToActor(), id, DigabungId.Value, cancellationToken);
        return ModelState.Failure(result, nameof(DigabungId))
            ?? (result.IsOk ? Done(id, AdminPage.Format(AdminMessages.PositionsMerged, merged)) : await ReloadAsync(id, cancellationToken));
    }

    private IActionResult Done(Guid id, string message)
    {
        TempData[AdminPage.Notice] = message;
        return LocalRedirect("/admin/jabatan/" + id);
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await getOrganisation.ExecuteAsync(User.ToActor(), cancellationToken);
        if (ModelState.Failure(organisation) is { } failure)
            return failure;
        Organisation = organisation.Value!;
        Position = Organisation.Positions.FirstOrDefault(p => p.Id == id);
        if (Position is null)
            return NotFound();
        Assignments = Organisation.Assignments.Where(a => a.PositionId == id).OrderByDescending(a => a.From).ToList();
        if (Jabatan.Nama is null)
            Jabatan = new PositionForm { KantorId = Position.OfficeId, Nama = Position.Title, Eselon = Position.Eselon, AtasanId = Position.SuperiorId };
        Penugasan.Jenis ??= nameof(AssignmentKind.Definitif);
        Today = RegionTime.Today(clock);
        return null;
    }
}
