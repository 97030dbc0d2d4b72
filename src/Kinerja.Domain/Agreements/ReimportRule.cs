using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// The one rule for importing an agreement whose natural key is already stored ("bad input loses nothing"):
/// <list type="bullet">
/// <item>nothing stored: created;</item>
/// <item>stored with the same content (<see cref="AgreementFingerprint.SameContent"/>, whatever the file it came from): nothing to do, "sudah ada, tidak berubah";</item>
/// <item>stored by an earlier import and untouched since (content as first stored, still Draf or recorded as
/// signed on paper, no signature in the application, no scan, review note or evaluation): replaced;</item>
/// <item>anything else is work people did: refused, naming the agreement, why, and what to do instead.</item>
/// </list>
/// One refused agreement refuses the whole document (the caller stores nothing of it).
/// </summary>
public static class ReimportRule
{
    public static ImportVerdict Decide(Agreement incoming, StoredAgreementFacts? stored)
    {
        if (stored is null)
            return new ImportVerdict(ImportOutcome.Created, Messages.ImportCreated);

        var current = stored.Agreement;
        if (AgreementFingerprint.SameContent(current, incoming))
            return new ImportVerdict(ImportOutcome.Unchanged, Messages.ImportUnchanged);

        var reasons = ReasonsToKeep(stored);
        if (reasons.Count == 0)
            return new ImportVerdict(ImportOutcome.Updated, Messages.ImportReplaces);

        return new ImportVerdict(ImportOutcome.Refused, RuleText.Format(
            Messages.ImportRefused, Describe(current), string.Join("; ", reasons), Instead(current.Status)));
    }

    /// <summary>"PK Awal 2025 CAMAT KALAENA (Kecamatan Kalaena)".</summary>
    public static string Describe(Agreement agreement) =>
        RuleText.Format(Messages.ImportAgreementName, agreement.Kind, agreement.Year, agreement.FirstParty.Position, agreement.Office);

    /// <summary>Why the stored agreement is work to keep; empty when it is an untouched earlier import.</summary>
    private static List<string> ReasonsToKeep(StoredAgreementFacts stored)
    {
        var agreement = stored.Agreement;
        var reasons = new List<string>();
        if (agreement.SourceName is null)
            reasons.Add(Messages.ImportKeepMadeInApplication);
        else if (stored.FingerprintWhenStored is null || stored.FingerprintWhenStored != AgreementFingerprint.Compute(agreement))
            reasons.Add(Messages.ImportKeepEditedSinceImport);

        if (agreement.Status is AgreementStatus.Submitted or AgreementStatus.Returned or AgreementStatus.Approved)
            reasons.Add(RuleText.Format(Messages.ImportKeepInWorkflow, Labels.Of(agreement.Status)));
        else if (agreement.Status == AgreementStatus.Published)
            reasons.Add(Messages.ImportKeepPublished);
        if (agreement.SignatureEvidence is not null)
            reasons.Add(Messages.ImportKeepSignedInApplication);
        if (stored.HasEvidence)
            reasons.Add(Messages.ImportKeepEvidence);
        if (stored.HasReviewNotes)
            reasons.Add(Messages.ImportKeepReviewNotes);
        if (stored.HasEvaluations)
            reasons.Add(Messages.ImportKeepEvaluations);
        return reasons;
    }

    private static string Instead(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft or AgreementStatus.Returned => Messages.ImportInsteadEdit,
        AgreementStatus.Submitted or AgreementStatus.Approved => Messages.ImportInsteadWorkflow,
        _ => Messages.ImportInsteadAmend,
    };
}
