using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>Amendment (Perubahan, DOMAIN.md §2): a new version that supersedes this one; both stay on record.</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// From a Signed or Published agreement, a new Draft agreement of kind Perubahan with everything copied (new ids;
    /// not the signature, its date or the marks read from the printed document), pointing to this one through
    /// <see cref="SupersedesId"/> and <see cref="SupersedesKey"/>. This agreement is not changed.
    /// </summary>
    public Outcome<Agreement> Amend(AmendmentReason reason, string explanation)
    {
        if (Status is not (AgreementStatus.Signed or AgreementStatus.Published))
            return Outcome<Agreement>.Fail(Refuse(Messages.AmendRefused).Errors);
        if (string.IsNullOrWhiteSpace(explanation))
            return Outcome<Agreement>.Fail(Messages.AmendmentExplanationRequired);
        if (!Enum.IsDefined(reason))
            throw new ArgumentOutOfRangeException(nameof(reason), reason, null);

        var amendment = new Agreement(Year, AgreementKind.Perubahan, Office, Region, CopyOf(FirstParty), CopyOf(SecondParty))
        {
            Place = Place,
            OfficeId = OfficeId,
            SupersedesId = Id,
            SupersedesKey = Key,
        };
        amendment.Revision = Revision + 1;
        amendment.AmendmentReason = reason;
        amendment.AmendmentExplanation = explanation.Trim();

        foreach (var sasaran in sasarans)
        {
            var copy = new Sasaran(sasaran.Number, sasaran.Level, sasaran.Text) { SupportsSasaranId = sasaran.SupportsSasaranId };
            foreach (var indicator in sasaran.Indicators)
                copy.AddIndicator(Indicator.From(indicator.Content));
            amendment.sasarans.Add(copy);
        }

        foreach (var line in budgetLines)
        {
            var copy = new BudgetLine(line.Number, line.Level, line.Name, line.Amount, line.Source) { Code = line.Code };
            amendment.budgetLines.Add(copy);
        }

        amendment.Explanations.AddRange(Explanations.Select(CopyOf));
        return Outcome<Agreement>.Ok(amendment);
    }

    private static Party CopyOf(Party party) =>
        new(party.PrintedName, party.Position, party.NipAsPrinted) { PersonId = party.PersonId, PositionId = party.PositionId };

    private static SasaranExplanation CopyOf(SasaranExplanation explanation) => new()
    {
        Heading = explanation.Heading,
        Sasaran = explanation.Sasaran,
        Description = explanation.Description,
        Indicators = explanation.Indicators
            .Select(i => new IndicatorExplanation { Indicator = i.Indicator, Definition = i.Definition, Relevance = i.Relevance, Formula = i.Formula, DataSource = i.DataSource })
            .ToList(),
        Targets = explanation.Targets
            .Select(t => new TargetExplanation { Indicator = t.Indicator, Target = t.Target, Explanation = t.Explanation })
            .ToList(),
    };
}
