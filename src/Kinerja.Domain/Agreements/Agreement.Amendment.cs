using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements;

/// <summary>Amendment (Perubahan, DOMAIN.md §2): a new version that supersedes this one; both stay on record.</summary>
public sealed partial class Agreement
{
    /// <summary>
    /// From a Signed or Published agreement, a new Draft agreement of kind Perubahan with everything copied (new ids,
    /// the same lineage ids of indicators and budget lines; not the signature, its date or the marks read from the
    /// printed document), superseding this one (<see cref="Supersede"/>). This agreement is not changed.
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
        };
        amendment.Revision = Revision + 1;
        amendment.AmendmentReason = reason;
        amendment.AmendmentExplanation = explanation.Trim();

        var copyOf = new Dictionary<Guid, Guid>();
        foreach (var sasaran in sasarans)
        {
            var copy = new Sasaran(sasaran.Number, sasaran.Level, sasaran.Text);
            copy.Change(sasaran.Level, sasaran.Text, sasaran.SupportsSasaranId);
            foreach (var indicator in sasaran.Indicators)
                copy.Append(indicator.Continued());
            copy.Attach();
            amendment.sasarans.Add(copy);
            copyOf[sasaran.Id] = copy.Id;
        }

        foreach (var line in budgetLines)
            amendment.budgetLines.Add(line.Continued());

        amendment.explanations.AddRange(explanations.Select(e => CopyOf(e, e.SasaranId is { } id && copyOf.TryGetValue(id, out var copied) ? copied : null)));
        amendment.LinkExplanations();
        amendment.Supersede(this);
        return Outcome<Agreement>.Ok(amendment);
    }

    /// <summary>
    /// Whether this agreement, an amendment, replaces <paramref name="original"/>: an Awal agreement of the same year,
    /// office and Pihak Pertama's position. The office and the position compare by the register's ids when both
    /// agreements are linked to it, else by their printed names (as <see cref="Key"/> does). The one rule the importer
    /// and the amendment use.
    /// </summary>
    public bool Replaces(Agreement original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Kind != AgreementKind.Perubahan || original.Kind != AgreementKind.Awal || original.Id == Id || Year != original.Year)
            return false;

        var sameOffice = OfficeId is { } office && original.OfficeId is { } other
            ? office == other
            : string.Equals(Normalize(Office), Normalize(original.Office), StringComparison.Ordinal);
        var samePosition = FirstParty.PositionId is { } position && original.FirstParty.PositionId is { } otherPosition
            ? position == otherPosition
            : string.Equals(Normalize(FirstParty.Position), Normalize(original.FirstParty.Position), StringComparison.Ordinal);
        return sameOffice && samePosition;
    }

    /// <summary>
    /// Records that this amendment supersedes <paramref name="original"/> (<see cref="SupersedesId"/>,
    /// <see cref="SupersedesKey"/>) and continues its indicators and budget lines: each one paired with one of the
    /// original's (<see cref="Comparison.LineageResolver"/>) takes its lineage id, once, so that the comparison and the
    /// realisations follow it. Links and identities only: the content is not changed, whatever the status.
    /// </summary>
    public void Supersede(Agreement original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (Kind != AgreementKind.Perubahan || original.Id == Id)
            throw new InvalidOperationException("Only an amendment supersedes another agreement.");

        SupersedesId = original.Id;
        supersedesKey = original.Key;
        Comparison.LineageResolver.Continue(original, this);
    }

    private static Party CopyOf(Party party) =>
        Party.Linked(party.PrintedName, party.Position, party.NipAsPrinted, party.PersonId, party.PositionId);

    private static SasaranExplanation CopyOf(SasaranExplanation explanation, Guid? sasaranId) => new()
    {
        SasaranId = sasaranId,
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
