using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>The workflow: each method moves <see cref="Status"/> one step or refuses with an Indonesian message.</summary>
public sealed partial class Agreement
{
    private static readonly CompletenessRule Completeness = new();

    /// <summary>Draft or Returned → Submitted, without Error findings and for an Awal agreement or an amendment whose original is not at hand.</summary>
    public Outcome Submit() => Submit(ErrorAcknowledgement.None);

    /// <summary>
    /// Draft or Returned → Submitted. Refused while Lampiran 1 is incomplete, that is while
    /// <see cref="CompletenessRule"/> finds anything (no sasaran, a sasaran not stated or without indicator, an
    /// indicator without target): the same findings the PK's pages show. An amendment (Perubahan) is refused without
    /// its date, and when it changes nothing of <paramref name="superseded"/> (the version it amends, when known: see
    /// <see cref="Comparison.AgreementDiff.ChangesAnything"/>). Refused while <paramref name="errors"/> has Error
    /// findings the operator did not acknowledge.
    /// </summary>
    public Outcome Submit(ErrorAcknowledgement errors, Agreement? superseded = null)
    {
        if (!IsEditable)
            return Refuse(Messages.SubmitRefused);
        var incomplete = Completeness.Check(this).Select(f => f.Message).ToList();
        if (incomplete.Count > 0)
            return Outcome.Fail(incomplete);

        if (Kind == AgreementKind.Perubahan)
        {
            var amendment = new List<string>();
            if (SignedAt is null)
                amendment.Add(Messages.AmendmentDateRequired);
            if (superseded is not null && !Comparison.AgreementDiff.Compare(superseded, this).ChangesAnything)
                amendment.Add(Messages.AmendmentUnchanged);
            if (amendment.Count > 0)
                return Outcome.Fail(amendment);
        }

        if (!errors.Allows)
            return Outcome.Fail(RuleText.Format(Messages.SubmitErrorsNotAcknowledged, errors.Count));

        Status = AgreementStatus.Submitted;
        return Outcome.Ok();
    }

    /// <summary>
    /// Submitted → Draft: the operator takes the submission back before Pihak Kedua approved or returned it, to change
    /// it or to stop it.
    /// </summary>
    public Outcome Withdraw()
    {
        if (Status != AgreementStatus.Submitted)
            return Refuse(Messages.WithdrawRefused);

        Status = AgreementStatus.Draft;
        return Outcome.Ok();
    }

    /// <summary>Submitted → Returned, with the reviewer's note (required; kept by the caller as a review note).</summary>
    public Outcome Return(string note)
    {
        if (Status != AgreementStatus.Submitted)
            return Refuse(Messages.ReturnRefused);
        if (string.IsNullOrWhiteSpace(note))
            return Outcome.Fail(Messages.ReturnNoteRequired);

        Status = AgreementStatus.Returned;
        return Outcome.Ok();
    }

    /// <summary>Submitted → Approved (by Pihak Kedua) <paramref name="today"/>, without Error findings.</summary>
    public Outcome Approve(DateOnly today) => Approve(today, ErrorAcknowledgement.None);

    /// <summary>
    /// Submitted → Approved (by Pihak Kedua) <paramref name="today"/>, which becomes <see cref="ApprovedOn"/>; refused
    /// while <paramref name="errors"/> has Error findings not acknowledged.
    /// </summary>
    public Outcome Approve(DateOnly today, ErrorAcknowledgement errors)
    {
        if (Status != AgreementStatus.Submitted)
            return Refuse(Messages.ApproveRefused);
        if (!errors.Allows)
            return Outcome.Fail(RuleText.Format(Messages.ApproveErrorsNotAcknowledged, errors.Count));

        ApprovedOn = today;
        Status = AgreementStatus.Approved;
        return Outcome.Ok();
    }

    /// <summary>
    /// Approved → Signed: <paramref name="evidence"/> names the proof (e.g. the SHA-256 of the scanned signed PDF) and
    /// <paramref name="signedOn"/> is the day the paper was signed (<see cref="SignedOn"/>), which <see cref="SigningDate"/>
    /// checks against <paramref name="today"/>. What the paper carries, its date (<see cref="SignedAt"/>) among it, does
    /// not change: the fingerprint printed on the signed paper still verifies.
    /// </summary>
    public Outcome Sign(string evidence, DateOnly signedOn, DateOnly today)
    {
        if (Status != AgreementStatus.Approved)
            return Refuse(Messages.SignRefused);
        if (string.IsNullOrWhiteSpace(evidence))
            return Outcome.Fail(Messages.EvidenceRequired);
        var problems = SigningDate.Problems(Year, ApprovedOn, signedOn, today);
        if (problems.Count > 0)
            return Outcome.Fail(problems);

        SignatureEvidence = evidence.Trim();
        SignedOn = signedOn;
        Status = AgreementStatus.Signed;
        return Outcome.Ok();
    }

    /// <summary>Signed → Published: readable by the public.</summary>
    public Outcome Publish()
    {
        if (Status != AgreementStatus.Signed)
            return Refuse(Messages.PublishRefused);

        Status = AgreementStatus.Published;
        return Outcome.Ok();
    }

    /// <summary>
    /// Draft → Signed for an agreement read from a document that was signed on paper (the importers): it skips the
    /// review steps because the signatures are already on the paper.
    /// </summary>
    public Outcome RecordAsSignedDocument()
    {
        if (Status != AgreementStatus.Draft)
            return Outcome.Fail(Messages.MarkSignedRefused);

        Status = AgreementStatus.Signed;
        return Outcome.Ok();
    }

    private Outcome Refuse(string message) => Outcome.Fail(RuleText.Format(message, Labels.Of(Status)));

    private Outcome NotEditable() => Refuse(Messages.NotEditable);

    /// <summary>For the building methods: adding to an agreement that cannot be edited is a bug of the caller.</summary>
    private void EnsureEditable()
    {
        if (!IsEditable)
            throw new InvalidOperationException($"The agreement is {Status} and cannot be changed.");
    }
}
