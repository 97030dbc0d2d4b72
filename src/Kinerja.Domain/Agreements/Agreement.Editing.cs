using System.Globalization;
using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// Editing: every method refuses (an Indonesian message, nothing changed) unless <see cref="IsEditable"/> and the
/// input is valid. Positions in lists (<c>index</c>) count from 0.
/// </summary>
public sealed partial class Agreement
{
    public Outcome UpdateHeader(string place, DateOnly? signedOn)
    {
        if (!IsEditable)
            return NotEditable();

        this.place = (place ?? string.Empty).Trim();
        signedAt = signedOn;
        return Outcome.Ok();
    }

    public Outcome SetParties(Party first, Party second)
    {
        if (!IsEditable)
            return NotEditable();

        var errors = PartyErrors(first, Messages.FirstPartyLabel).Concat(PartyErrors(second, Messages.SecondPartyLabel)).ToList();
        if (errors.Count == 0 && first.PositionId is { } a && a == second.PositionId)
            errors.Add(Messages.PartiesSamePosition);
        if (errors.Count > 0)
            return Outcome.Fail(errors);

        FirstParty = first;
        SecondParty = second;
        return Outcome.Ok();
    }

    /// <summary>
    /// Adds a sasaran at the end; it is numbered "1.", "2.", … with the others. When Lampiran 2 has explanations, the
    /// sasaran gets an empty one, so that it shows there too.
    /// </summary>
    public Outcome<Sasaran> AddSasaran(SasaranLevel level, string text, Guid? supportsSasaranId = null)
    {
        if (SasaranErrors(text, supportsSasaranId) is { } refused)
            return Outcome<Sasaran>.Fail(refused.Errors);

        LinkExplanations();
        var sasaran = new Sasaran(string.Empty, level, text);
        sasaran.Change(level, text, supportsSasaranId);
        sasaran.Attach();
        sasarans.Add(sasaran);
        RenumberSasarans();
        if (explanations.Count > 0)
            explanations.Insert(InsertionIndex(sasaran), SasaranExplanation.For(sasaran));
        return Outcome<Sasaran>.Ok(sasaran);
    }

    public Outcome UpdateSasaran(Guid sasaranId, SasaranLevel level, string text, Guid? supportsSasaranId = null)
    {
        if (SasaranErrors(text, supportsSasaranId) is { } refused)
            return refused;
        if (FindSasaran(sasaranId) is not { } sasaran)
            return Outcome.Fail(Messages.SasaranNotFound);

        LinkExplanations();
        var explanation = ExplanationOf(sasaran);
        sasaran.Change(level, text, supportsSasaranId);
        if (explanation is not null && Score(explanation, sasaran) == 0)
            explanation.Rename(sasaran.Text);
        return Outcome.Ok();
    }

    /// <summary>Removes a sasaran with its indicators and its Lampiran 2 explanation.</summary>
    public Outcome RemoveSasaran(Guid sasaranId)
    {
        if (!IsEditable)
            return NotEditable();
        if (FindSasaran(sasaranId) is not { } sasaran)
            return Outcome.Fail(Messages.SasaranNotFound);

        LinkExplanations();
        if (ExplanationOf(sasaran) is { } explanation)
            explanations.Remove(explanation);
        sasarans.Remove(sasaran);
        RenumberSasarans();
        return Outcome.Ok();
    }

    public Outcome MoveSasaran(Guid sasaranId, int index)
    {
        if (!IsEditable)
            return NotEditable();
        if (FindSasaran(sasaranId) is not { } sasaran)
            return Outcome.Fail(Messages.SasaranNotFound);
        if (OutOfRange(index, sasarans.Count) is { } outOfRange)
            return outOfRange;

        LinkExplanations();
        sasarans.Remove(sasaran);
        sasarans.Insert(index, sasaran);
        RenumberSasarans();
        OrderExplanationsLikeSasarans();
        return Outcome.Ok();
    }

    public Outcome<Indicator> AddIndicator(Guid sasaranId, IndicatorContent content)
    {
        if (IndicatorErrors(content) is { } refused)
            return Outcome<Indicator>.Fail(refused.Errors);
        if (FindSasaran(sasaranId) is not { } sasaran)
            return Outcome<Indicator>.Fail(Messages.SasaranNotFound);

        var indicator = Indicator.From(content);
        sasaran.Append(indicator);
        return Outcome<Indicator>.Ok(indicator);
    }

    public Outcome UpdateIndicator(Guid indicatorId, IndicatorContent content)
    {
        if (IndicatorErrors(content) is { } refused)
            return refused;
        if (FindIndicator(indicatorId) is not { } found)
            return Outcome.Fail(Messages.IndicatorNotFound);

        found.Indicator.Change(content);
        return Outcome.Ok();
    }

    public Outcome RemoveIndicator(Guid indicatorId)
    {
        if (!IsEditable)
            return NotEditable();
        if (FindIndicator(indicatorId) is not { } found)
            return Outcome.Fail(Messages.IndicatorNotFound);

        found.Sasaran.RemoveIndicator(found.Indicator);
        return Outcome.Ok();
    }

    /// <summary>Moves an indicator within its sasaran.</summary>
    public Outcome MoveIndicator(Guid indicatorId, int index)
    {
        if (!IsEditable)
            return NotEditable();
        if (FindIndicator(indicatorId) is not { } found)
            return Outcome.Fail(Messages.IndicatorNotFound);
        if (OutOfRange(index, found.Sasaran.Indicators.Count) is { } outOfRange)
            return outOfRange;

        found.Sasaran.MoveIndicator(found.Indicator, index);
        return Outcome.Ok();
    }

    public Outcome<BudgetLine> AddBudgetLine(BudgetLineContent content)
    {
        if (BudgetLineErrors(content) is { } refused)
            return Outcome<BudgetLine>.Fail(refused.Errors);

        var line = new BudgetLine(string.Empty, content.Level, content.Name, content.Amount, content.Source);
        line.Change(content);
        budgetLines.Add(line);
        RenumberBudgetLines();
        return Outcome<BudgetLine>.Ok(line);
    }

    public Outcome UpdateBudgetLine(Guid budgetLineId, BudgetLineContent content)
    {
        if (BudgetLineErrors(content) is { } refused)
            return refused;
        if (budgetLines.FirstOrDefault(b => b.Id == budgetLineId) is not { } line)
            return Outcome.Fail(Messages.BudgetLineNotFound);

        line.Change(content);
        RenumberBudgetLines();
        return Outcome.Ok();
    }

    public Outcome RemoveBudgetLine(Guid budgetLineId)
    {
        if (!IsEditable)
            return NotEditable();
        if (budgetLines.FirstOrDefault(b => b.Id == budgetLineId) is not { } line)
            return Outcome.Fail(Messages.BudgetLineNotFound);

        budgetLines.Remove(line);
        RenumberBudgetLines();
        return Outcome.Ok();
    }

    public Outcome MoveBudgetLine(Guid budgetLineId, int index)
    {
        if (!IsEditable)
            return NotEditable();
        if (budgetLines.FirstOrDefault(b => b.Id == budgetLineId) is not { } line)
            return Outcome.Fail(Messages.BudgetLineNotFound);
        if (OutOfRange(index, budgetLines.Count) is { } outOfRange)
            return outOfRange;

        budgetLines.Remove(line);
        budgetLines.Insert(index, line);
        RenumberBudgetLines();
        return Outcome.Ok();
    }

    public Sasaran? FindSasaran(Guid sasaranId) => sasarans.FirstOrDefault(s => s.Id == sasaranId);

    private (Sasaran Sasaran, Indicator Indicator)? FindIndicator(Guid indicatorId)
    {
        foreach (var sasaran in sasarans)
        {
            if (sasaran.Indicators.FirstOrDefault(i => i.Id == indicatorId) is { } indicator)
                return (sasaran, indicator);
        }

        return null;
    }

    private Outcome? SasaranErrors(string text, Guid? supportsSasaranId)
    {
        if (!IsEditable)
            return NotEditable();
        if (CompletenessRule.IsEmpty(text))
            return Outcome.Fail(Messages.SasaranTextRequired);
        if (supportsSasaranId is { } supported && FindSasaran(supported) is not null)
            return Outcome.Fail(Messages.SasaranSupportsItself);
        return null;
    }

    private Outcome? IndicatorErrors(IndicatorContent content)
    {
        if (!IsEditable)
            return NotEditable();
        return CompletenessRule.IsEmpty(content.Text) ? Outcome.Fail(Messages.IndicatorTextRequired) : null;
    }

    private Outcome? BudgetLineErrors(BudgetLineContent content)
    {
        if (!IsEditable)
            return NotEditable();

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(content.Name))
            errors.Add(Messages.BudgetNameRequired);
        if (content.Amount < Rupiah.Zero)
            errors.Add(Messages.BudgetAmountNegative);
        return errors.Count > 0 ? Outcome.Fail(errors) : null;
    }

    private static IEnumerable<string> PartyErrors(Party party, string label)
    {
        if (string.IsNullOrWhiteSpace(party.Name))
            yield return RuleText.Format(Messages.PartyNameRequired, label);
        if (string.IsNullOrWhiteSpace(party.Position))
            yield return RuleText.Format(Messages.PartyPositionRequired, label);
    }

    private static Outcome? OutOfRange(int index, int count) =>
        index < 0 || index >= count ? Outcome.Fail(RuleText.Format(Messages.MoveOutOfRange, index + 1, count)) : null;

    /// <summary>An edited table is numbered from its levels ("1.", "1.1.", "1.1.1."), as real documents are.</summary>
    private void RenumberBudgetLines()
    {
        var outline = BudgetOutline;
        foreach (var line in budgetLines)
            line.Renumber(outline.NumberOf(line));
    }

    private void RenumberSasarans()
    {
        for (var i = 0; i < sasarans.Count; i++)
            sasarans[i].Renumber((i + 1).ToString(CultureInfo.InvariantCulture) + ".");
    }
}
