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

    /// <summary>Read what is internal to the work on an agreement: review, return and evaluation notes.</summary>
    ReadNotes,
}
