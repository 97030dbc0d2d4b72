using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Reviews;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>
/// The PK editor: the document with a form per part (header, sasaran, indicator, Lampiran 2 penjelasan of a sasaran,
/// budget line), each posting to its own
/// handler and coming back to the editor at the anchor of what was edited, and the findings computed live beside it.
/// Invalid input comes back in Indonesian beside the field, with what was typed kept.
/// </summary>
public sealed class UbahModel(
    GetAgreement getAgreement,
    GetEditorChoices getEditorChoices,
    UpdateAgreementHeader updateHeader,
    SaveSasaran saveSasaran,
    RemoveSasaran removeSasaran,
    MoveSasaran moveSasaran,
    SaveIndicator saveIndicator,
    RemoveIndicator removeIndicator,
    MoveIndicator moveIndicator,
    SaveBudgetLine saveBudgetLine,
    RemoveBudgetLine removeBudgetLine,
    MoveBudgetLine moveBudgetLine,
    SaveExplanation saveExplanation,
    RemoveExplanation removeExplanation) : PageModel
{
    public AgreementDetails Details { get; private set; } = null!;

    public EditorChoices Choices { get; private set; } = null!;

    /// <summary>The form that was posted and came back with errors; its fields show what was typed.</summary>
    public string? PostedForm { get; private set; }

    public Agreement Agreement => Details.Agreement;

    /// <summary>While the agreement is Returned, the official's latest return note: what the operator is to fix.</summary>
    public ReviewNote? ReturnNote =>
        Agreement.Status == AgreementStatus.Returned ? Details.Notes.Where(n => n.Kind == ReviewNoteKind.Pengembalian).MaxBy(n => n.At) : null;

    /// <summary>The form that adds a sasaran at the end.</summary>
    public SasaranFormView NewSasaran => new(this, "sasaran-baru", null, Agreement.Sasarans.Count);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostHeaderAsync(Guid id, HeaderForm header, CancellationToken cancellationToken)
    {
        const string key = "kepala";
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(header.Date))
        {
            if (DateOnly.TryParseExact(header.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                date = parsed;
            else
                return await InvalidAsync(id, key, nameof(HeaderForm.Date), string.Format(CultureInfo.InvariantCulture, EditorMessages.DateInvalid, header.Date), cancellationToken);
        }

        var result = await updateHeader.ExecuteAsync(User.ToActor(), id, header.Place ?? string.Empty, date, cancellationToken);
        return await AfterAsync(id, result, key, key, cancellationToken);
    }

    public async Task<IActionResult> OnPostSasaranAsync(Guid id, SasaranForm sasaran, CancellationToken cancellationToken)
    {
        var key = sasaran.SasaranId is { } existing ? "sasaran-" + existing : "sasaran-baru";
        if (string.IsNullOrWhiteSpace(sasaran.Text))
            return await InvalidAsync(id, key, nameof(SasaranForm.Text), EditorMessages.TextRequired, cancellationToken);

        var result = await saveSasaran.ExecuteAsync(User.ToActor(), id, sasaran.SasaranId, sasaran.Level, sasaran.Text, sasaran.SupportsSasaranId, cancellationToken);
        return await AfterAsync(id, result.WithoutValue(), key, result.IsOk ? "sasaran-" + result.Value : key, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveSasaranAsync(Guid id, Guid sasaranId, CancellationToken cancellationToken) =>
        await AfterAsync(id, await removeSasaran.ExecuteAsync(User.ToActor(), id, sasaranId, cancellationToken), "dokumen", "sasaran", cancellationToken);

    public async Task<IActionResult> OnPostMoveSasaranAsync(Guid id, Guid sasaranId, int index, CancellationToken cancellationToken) =>
        await AfterAsync(id, await moveSasaran.ExecuteAsync(User.ToActor(), id, sasaranId, Math.Max(0, index), cancellationToken), "dokumen", "sasaran-" + sasaranId, cancellationToken);

    public async Task<IActionResult> OnPostIndicatorAsync(Guid id, IndicatorForm indicator, CancellationToken cancellationToken)
    {
        var key = indicator.IndicatorId is { } existing ? "indikator-" + existing : "indikator-baru-" + indicator.SasaranId;
        var errors = new List<(string Field, string Message)>();
        if (string.IsNullOrWhiteSpace(indicator.Text))
            errors.Add((nameof(IndicatorForm.Text), EditorMessages.IndicatorRequired));
        var value = IndonesianNumber.Parse(indicator.Target);
        if (!value.Success)
            errors.Add((nameof(IndicatorForm.Target), value.Error!));
        var unit = string.IsNullOrWhiteSpace(indicator.OtherUnit) ? indicator.Unit?.Trim() : indicator.OtherUnit.Trim();
        if (string.IsNullOrWhiteSpace(unit))
            errors.Add((nameof(IndicatorForm.Unit), EditorMessages.UnitRequired));
        if (errors.Count > 0)
            return await InvalidAsync(id, key, errors, cancellationToken);

        var target = TargetValue.Parse(IndonesianNumber.Format(value.Value) + " " + unit);
        var content = new IndicatorContent(
            indicator.Text!, target, indicator.Polarity, indicator.Aggregation, indicator.Definition, indicator.Relevance, indicator.Formula, indicator.DataSource, indicator.TargetExplanation);
        var result = await saveIndicator.ExecuteAsync(User.ToActor(), id, indicator.SasaranId, indicator.IndicatorId, content, cancellationToken);
        return await AfterAsync(id, result.WithoutValue(), key, result.IsOk ? "indikator-" + result.Value : key, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveIndicatorAsync(Guid id, Guid indicatorId, Guid sasaranId, CancellationToken cancellationToken) =>
        await AfterAsync(id, await removeIndicator.ExecuteAsync(User.ToActor(), id, indicatorId, cancellationToken), "dokumen", "sasaran-" + sasaranId, cancellationToken);

    public async Task<IActionResult> OnPostMoveIndicatorAsync(Guid id, Guid indicatorId, int index, CancellationToken cancellationToken) =>
        await AfterAsync(id, await moveIndicator.ExecuteAsync(User.ToActor(), id, indicatorId, Math.Max(0, index), cancellationToken), "dokumen", "indikator-" + indicatorId, cancellationToken);

    public async Task<IActionResult> OnPostExplanationAsync(Guid id, ExplanationForm explanation, CancellationToken cancellationToken)
    {
        var key = "penjelasan-" + explanation.SasaranId;
        if (string.IsNullOrWhiteSpace(explanation.Description))
            return await InvalidAsync(id, key, nameof(ExplanationForm.Description), Messages.ExplanationDescriptionRequired, cancellationToken);

        var result = await saveExplanation.ExecuteAsync(User.ToActor(), id, explanation.SasaranId, explanation.Description, cancellationToken);
        return await AfterAsync(id, result, key, key, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveExplanationAsync(Guid id, Guid sasaranId, CancellationToken cancellationToken) =>
        await AfterAsync(id, await removeExplanation.ExecuteAsync(User.ToActor(), id, sasaranId, cancellationToken), "penjelasan-" + sasaranId, "penjelasan-" + sasaranId, cancellationToken);

    /// <summary>Links a Lampiran 2 explanation to the sasaran chosen (none: unlinks it).</summary>
    public async Task<IActionResult> OnPostLinkExplanationAsync(
        Guid id, int index, Guid? sasaranId, [FromServices] LinkExplanation linkExplanation, CancellationToken cancellationToken) =>
        await AfterAsync(id, await linkExplanation.ExecuteAsync(User.ToActor(), id, index, sasaranId, cancellationToken), "tautan-penjelasan", "tautan-penjelasan", cancellationToken);

    public async Task<IActionResult> OnPostBudgetLineAsync(Guid id, BudgetLineForm line, CancellationToken cancellationToken)
    {
        var key = line.BudgetLineId is { } existing ? "anggaran-" + existing : "anggaran-baru";
        var errors = new List<(string Field, string Message)>();
        var amount = Rupiah.Parse(line.Amount);
        if (!amount.Success)
            errors.Add((nameof(BudgetLineForm.Amount), amount.Error!));
        var name = line.Name;
        if (string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(line.Code))
        {
            var choices = await getEditorChoices.ExecuteAsync(User.ToActor(), id, cancellationToken);
            name = choices.Value?.Nomenclature.FirstOrDefault(e => string.Equals(e.Code, line.Code.Trim(), StringComparison.OrdinalIgnoreCase))?.Name;
        }

        if (string.IsNullOrWhiteSpace(name))
            errors.Add((nameof(BudgetLineForm.Name), EditorMessages.NameRequired));
        if (errors.Count > 0)
            return await InvalidAsync(id, key, errors, cancellationToken);

        var content = new BudgetLineContent(line.Level, name!, line.Code, amount.Value, line.Source);
        var result = await saveBudgetLine.ExecuteAsync(User.ToActor(), id, line.BudgetLineId, content, cancellationToken);
        return await AfterAsync(id, result.WithoutValue(), key, result.IsOk ? "anggaran-" + result.Value : key, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveBudgetLineAsync(Guid id, Guid budgetLineId, CancellationToken cancellationToken) =>
        await AfterAsync(id, await removeBudgetLine.ExecuteAsync(User.ToActor(), id, budgetLineId, cancellationToken), "dokumen", "anggaran", cancellationToken);

    public async Task<IActionResult> OnPostMoveBudgetLineAsync(Guid id, Guid budgetLineId, int index, CancellationToken cancellationToken) =>
        await AfterAsync(id, await moveBudgetLine.ExecuteAsync(User.ToActor(), id, budgetLineId, Math.Max(0, index), cancellationToken), "dokumen", "anggaran-" + budgetLineId, cancellationToken);

    /// <summary>What was typed in <paramref name="field"/> when <paramref name="form"/> came back with errors, else <paramref name="current"/>.</summary>
    public string Field(string form, string field, string? current) =>
        PostedForm == form ? Request.Form[field].ToString() : current ?? string.Empty;

    /// <summary>The error beside <paramref name="field"/> of <paramref name="form"/>, if any.</summary>
    public string? Error(string form, string field) =>
        ModelState.TryGetValue(form + "." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The errors of <paramref name="form"/> as a whole (e.g. refused by the agreement).</summary>
    public IEnumerable<string> FormErrors(string form) =>
        ModelState.TryGetValue(form, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    private async Task<IActionResult> AfterAsync(Guid id, Result result, string form, string anchor, CancellationToken cancellationToken)
    {
        if (this.Failure(result, form) is { } failure)
            return failure;
        if (result.IsOk)
            return Redirect($"/pk/{id}/ubah#{anchor}");
        PostedForm = form;
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    private Task<IActionResult> InvalidAsync(Guid id, string form, string field, string message, CancellationToken cancellationToken) =>
        InvalidAsync(id, form, [(field, message)], cancellationToken);

    private async Task<IActionResult> InvalidAsync(Guid id, string form, IReadOnlyList<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        var failure = await LoadAsync(id, cancellationToken);
        if (failure is not null)
            return failure;

        foreach (var (field, message) in errors)
            ModelState.AddModelError(form + "." + field, message);
        PostedForm = form;
        return Page();
    }

    /// <summary>Loads the agreement and the choices; a result when the actor may not edit it (404 or 403).</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var details = await getAgreement.ExecuteAsync(actor, id, cancellationToken);
        if (details.Status == ResultStatus.NotFound)
            return NotFound();
        if (!details.IsOk || !details.Value!.Access.Holds(AgreementAction.Edit))
            return StatusCode(StatusCodes.Status403Forbidden);

        var choices = await getEditorChoices.ExecuteAsync(actor, id, cancellationToken);
        if (!choices.IsOk)
            return StatusCode(StatusCodes.Status403Forbidden);

        Details = details.Value;
        Choices = choices.Value!;
        if (!Agreement.IsEditable)
            Response.StatusCode = StatusCodes.Status409Conflict;
        return null;
    }
}
