using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Reviews;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Reviews;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Pk;

/// <summary>
/// One agreement: the document (the print view), its findings, status and the workflow actions the actor may take,
/// review notes, the scan of the signed PK, and its versions. The public reads published agreements here too.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(UploadLimits.SignedScanRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.SignedScanRequestBytes)]
public sealed class DetailModel(GetAgreement getAgreement) : PageModel
{
    public AgreementDetails Details { get; private set; } = null!;

    [BindProperty]
    public string? Catatan { get; set; }

    [BindProperty]
    public IFormFile? Pindaian { get; set; }

    /// <summary>The confirmation beside "Ajukan" and "Setujui" that the PK still has Error findings.</summary>
    [BindProperty]
    public bool MengertiTemuan { get; set; }

    /// <summary>The Error findings of the agreement as computed for the page.</summary>
    public int ErrorCount => Details.Findings.Count(f => f.Severity == Domain.Findings.Severity.Error);

    [BindProperty]
    [Display(Name = "Tanggal penandatanganan")]
    public DateOnly? TanggalTandaTangan { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostAjukanAsync(Guid id, [FromServices] SubmitAgreement submit, CancellationToken cancellationToken) =>
        ActAsync(id, () => submit.ExecuteAsync(User.ToActor(), id, MengertiTemuan, cancellationToken), WebMessages.Submitted, cancellationToken);

    public Task<IActionResult> OnPostTarikAsync(Guid id, [FromServices] WithdrawAgreement withdraw, CancellationToken cancellationToken) =>
        ActAsync(id, () => withdraw.ExecuteAsync(User.ToActor(), id, cancellationToken), WebMessages.Withdrawn, cancellationToken);

    public Task<IActionResult> OnPostKembalikanAsync(Guid id, [FromServices] ReturnAgreement returnAgreement, CancellationToken cancellationToken) =>
        ActAsync(id, () => returnAgreement.ExecuteAsync(User.ToActor(), id, Catatan ?? string.Empty, cancellationToken), WebMessages.Returned, cancellationToken);

    public Task<IActionResult> OnPostSetujuiAsync(Guid id, [FromServices] ApproveAgreement approve, CancellationToken cancellationToken) =>
        ActAsync(id, () => approve.ExecuteAsync(User.ToActor(), id, MengertiTemuan, cancellationToken), WebMessages.Approved, cancellationToken);

    public Task<IActionResult> OnPostPublikasikanAsync(Guid id, [FromServices] PublishAgreement publish, CancellationToken cancellationToken) =>
        ActAsync(id, () => publish.ExecuteAsync(User.ToActor(), id, cancellationToken), WebMessages.Published, cancellationToken);

    public async Task<IActionResult> OnPostTandatanganiAsync(Guid id, [FromServices] SignAgreement sign, CancellationToken cancellationToken)
    {
        // A date that could not be read (e.g. "31-02-2025"): nothing is signed; the page says why and keeps the input.
        if (!ModelState.IsValid)
            return await LoadAsync(id, cancellationToken) ?? Page();

        if (Pindaian is null || Pindaian.Length == 0)
        {
            ModelState.AddModelError(nameof(Pindaian), WebMessages.ScanMissing);
            return await LoadAsync(id, cancellationToken) ?? Page();
        }

        if (Pindaian.Length > UploadLimits.SignedScanBytes)
        {
            ModelState.AddModelError(nameof(Pindaian), EvidenceDocument.TooLarge(Path.GetFileName(Pindaian.FileName), Pindaian.Length));
            return await LoadAsync(id, cancellationToken) ?? Page();
        }

        using var buffer = new MemoryStream();
        await Pindaian.CopyToAsync(buffer, cancellationToken);
        var fileName = Path.GetFileName(Pindaian.FileName);
        return await ActAsync(
            id, () => sign.ExecuteAsync(User.ToActor(), id, fileName, buffer.ToArray(), TanggalTandaTangan, cancellationToken), WebMessages.Signed, cancellationToken);
    }

    public async Task<IActionResult> OnPostCatatanAsync(Guid id, [FromServices] AddReviewNote addNote, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var kind = actor.Has(Role.Evaluator) ? ReviewNoteKind.CatatanEvaluasi : ReviewNoteKind.Catatan;
        var result = await addNote.ExecuteAsync(actor, id, kind, Catatan ?? string.Empty, cancellationToken);
        var failure = this.Failure(result);
        if (failure is not null)
            return failure;
        if (!ModelState.IsValid)
            return await LoadAsync(id, cancellationToken) ?? Page();
        TempData[Flash.Success] = WebMessages.NoteAdded;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetPindaianAsync(Guid id, [FromServices] GetEvidence getEvidence, CancellationToken cancellationToken)
    {
        var result = await getEvidence.ExecuteAsync(User.ToActor(), id, cancellationToken);
        return this.Failure(result) ?? File(result.Value!.Content, result.Value.ContentType, result.Value.FileName);
    }

    /// <summary>Runs a workflow action; on success back to the page with a message, on refusal the page with the reasons.</summary>
    private async Task<IActionResult> ActAsync(Guid id, Func<Task<Application.Common.Result>> action, string done, CancellationToken cancellationToken)
    {
        var result = await action();
        var failure = this.Failure(result);
        if (failure is not null)
            return failure;
        if (!ModelState.IsValid)
            return await LoadAsync(id, cancellationToken) ?? Page();
        TempData[Flash.Success] = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await getAgreement.ExecuteAsync(User.ToActor(), id, cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;
        Details = result.Value!;
        ViewData["Title"] = Display.Title(Details.Agreement);
        return null;
    }
}
