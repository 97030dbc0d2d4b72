using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>The workflow: each method moves <see cref="Status"/> one step or refuses with an Indonesian message.</summary>
public sealed partial class Agreement
{
    private static readonly CompletenessRule Completeness = new();

    /// <summary>
    /// Draft or Returned → Submitted. Refused while Lampiran 1 is incomplete, that is while
    /// <see cref="CompletenessRule"/> finds anything (no sasaran, a sasaran not stated or without indicator, an
    /// indicator without target): the same findings the PK's pages show.
    /// </summary>
    public Outcome Submit()
    {
        if (!IsEditable)
            return Refuse(Messages.SubmitRefused);
        var incomplete = Completeness.Check(this).Select(f => f.Message).ToList();
        if (incomplete.Count > 0)
            return Outcome.Fail(incomplete);

        Status = AgreementStatus.Submitted;
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

    /// <summary>Submitted → Approved (by Pihak Kedua).</summary>
    public Outcome Approve()
    {
        if (Status != AgreementStatus.Submitted)
            return Refuse(Messages.ApproveRefused);

        Status = AgreementStatus.Approved;
        return Outcome.Ok();
    }

    /// <summary>
    /// Approved → Signed: <paramref name="evidence"/> names the proof (e.g. the SHA-256 of the scanned signed PDF) and
    /// <paramref name="signedOn"/> is the date the document was signed, which becomes <see cref="SignedAt"/>.
    /// </summary>
    public Outcome Sign(string evidence, DateOnly signedOn)
    {
        if (Status != AgreementStatus.Approved)
            return Refuse(Messages.SignRefused);
        if (string.IsNullOrWhiteSpace(evidence))
            return Outcome.Fail(Messages.EvidenceRequired);

        SignatureEvidence = evidence.Trim();
        signedAt = signedOn;
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
