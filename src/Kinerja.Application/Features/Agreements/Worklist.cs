namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// What waits for the actor (the start page): agreements to approve as Pihak Kedua, to sign (Pihak Pertama, or the
/// operator who uploads the signed scan), drafts and returned agreements to finish and submit, submissions waiting
/// for Pihak Kedua (which the operator may still withdraw), and for an evaluator the signed or published agreements
/// not yet evaluated. Each list is oldest year first, then by office and position.
/// </summary>
public sealed record Worklist(
    IReadOnlyList<AgreementListItem> ToApprove,
    IReadOnlyList<AgreementListItem> ToSign,
    IReadOnlyList<AgreementListItem> ToFinish,
    IReadOnlyList<AgreementListItem> AwaitingSecondParty,
    IReadOnlyList<AgreementListItem> ToEvaluate)
{
    public static readonly Worklist Empty = new([], [], [], [], []);

    public bool IsEmpty => ToApprove.Count + ToSign.Count + ToFinish.Count + AwaitingSecondParty.Count + ToEvaluate.Count == 0;
}
