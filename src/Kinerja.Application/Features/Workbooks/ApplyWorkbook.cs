using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Application.Features.Workbooks;

/// <summary>
/// Applies an uploaded workbook (compared again by <see cref="PreviewWorkbook"/>, so what is applied is what the
/// preview showed for the same file) through the editing use cases: changed, added and removed targets
/// (<see cref="SaveIndicator"/>, <see cref="RemoveIndicator"/>) and budget lines (<see cref="SaveBudgetLine"/>,
/// <see cref="RemoveBudgetLine"/>), only on agreements still editable (Draft or Returned). Signed agreements are left
/// as they are, each with a message. Answers one Indonesian line per agreement with changes.
/// </summary>
public sealed class ApplyWorkbook(
    PreviewWorkbook preview, SaveIndicator saveIndicator, RemoveIndicator removeIndicator, SaveBudgetLine saveBudgetLine, RemoveBudgetLine removeBudgetLine)
{
    public async Task<Result<IReadOnlyList<string>>> ExecuteAsync(Actor actor, Guid officeId, int year, byte[] workbook, CancellationToken cancellationToken = default)
    {
        var previewed = await preview.ExecuteAsync(actor, officeId, year, workbook, cancellationToken);
        if (!previewed.IsOk)
            return previewed.Map(_ => (IReadOnlyList<string>)[]);
        if (!previewed.Value!.CanApply)
            return Result.Invalid(previewed.Value.Errors.Select(e => e.ToString()).ToList());

        var lines = new List<string>();
        foreach (var change in previewed.Value.Comparison!.Changes.Where(c => c.HasChanges))
        {
            var who = change.Imported.FirstParty.Position;
            if (change.IsNew)
            {
                lines.Add(Format(ApplicationMessages.WorkbookNewAgreement, who));
                continue;
            }

            if (!previewed.Value.IsEditable(change.Stored!.Id))
            {
                lines.Add(Format(ApplicationMessages.WorkbookSigned, who));
                continue;
            }

            lines.AddRange(await ApplyAsync(actor, change.Stored, change.Diff!, who, cancellationToken));
        }

        return Result<IReadOnlyList<string>>.Ok(lines);
    }

    private async Task<List<string>> ApplyAsync(Actor actor, Agreement stored, AgreementDiff diff, string who, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var applied = 0;
        var failures = new List<string>();

        void Count(Result result)
        {
            if (result.IsOk)
                applied++;
            else
                failures.AddRange(result.Messages);
        }

        foreach (var target in diff.Targets)
        {
            switch (target.Kind)
            {
                case ChangeKind.Changed:
                    Count(await Save(saveIndicator.ExecuteAsync(actor, stored.Id, target.PreviousSasaran!.Id, target.Previous!.Id, Content(target.Current!, target.Previous), cancellationToken)));
                    break;
                case ChangeKind.Added:
                    var sasaran = stored.Sasarans.FirstOrDefault(s => NomenclatureName.Key(s.Text) == NomenclatureName.Key(target.CurrentSasaran!.Text));
                    if (sasaran is null)
                        lines.Add(Format(ApplicationMessages.WorkbookSasaranMissing, who, target.CurrentSasaran!.Text, target.Current!.Text));
                    else
                        Count(await Save(saveIndicator.ExecuteAsync(actor, stored.Id, sasaran.Id, null, Content(target.Current!, null), cancellationToken)));
                    break;
                case ChangeKind.Removed:
                    Count(await removeIndicator.ExecuteAsync(actor, stored.Id, target.Previous!.Id, cancellationToken));
                    break;
            }
        }

        foreach (var line in diff.BudgetLines)
        {
            switch (line.Kind)
            {
                case ChangeKind.Changed:
                    Count(await Save(saveBudgetLine.ExecuteAsync(actor, stored.Id, line.Previous!.Id, Content(line.Current!), cancellationToken)));
                    break;
                case ChangeKind.Added:
                    Count(await Save(saveBudgetLine.ExecuteAsync(actor, stored.Id, null, Content(line.Current!), cancellationToken)));
                    break;
                case ChangeKind.Removed:
                    Count(await removeBudgetLine.ExecuteAsync(actor, stored.Id, line.Previous!.Id, cancellationToken));
                    break;
            }
        }

        lines.Insert(0, Format(ApplicationMessages.WorkbookApplied, who, applied));
        lines.AddRange(failures.Select(f => Format(ApplicationMessages.WorkbookFailed, who, f)));
        return lines;
    }

    private static async Task<Result> Save(Task<Result<Guid>> save)
    {
        var result = await save;
        return result.IsOk ? Result.Ok() : result.Status == ResultStatus.Invalid ? Result.Invalid(result.Messages) : Result.Conflict(result.Messages);
    }

    /// <summary>The imported text and target; the rest (Lampiran 2 description, polarity) kept from the stored indicator.</summary>
    private static IndicatorContent Content(Indicator imported, Indicator? stored) => new(
        imported.Text,
        imported.Target,
        stored?.Polarity ?? imported.Polarity,
        stored?.Aggregation ?? imported.Aggregation,
        stored?.Definition ?? imported.Definition,
        stored?.Relevance ?? imported.Relevance,
        stored?.Formula ?? imported.Formula,
        stored?.DataSource ?? imported.DataSource,
        stored?.TargetExplanation ?? imported.TargetExplanation);

    private static BudgetLineContent Content(BudgetLine imported) =>
        new(imported.Level, imported.Name, imported.Code, imported.Amount, imported.Source);

    private static string Format(string message, params object?[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
