namespace Kinerja.Domain.Access;

/// <summary>What an actor may do to one agreement (see <see cref="AgreementAccess"/>).</summary>
public enum AgreementAction
{
    Read,
    Edit,
    Submit,
    Withdraw,
    Return,
    Approve,
    Sign,
    Publish,
    Amend,
    Evaluate,
    AddReviewNote,
}
