using System.Linq.Expressions;
using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Access;

/// <summary>
/// The one place that says what an actor may do to an agreement. Each action has two parts: whether the actor
/// holds it (role, office, party: <see cref="Holds"/>) and whether the agreement's status permits it
/// (<see cref="StatusAllows"/>); <see cref="Can"/> and the <c>CanX</c> properties need both. Use cases answer "not
/// found" when the actor cannot read the agreement, "forbidden" when it can read but does not hold the action, and
/// let the agreement itself refuse a wrong status with its message.
/// <list type="bullet">
/// <item>Read: everyone reads a Published agreement; administrator and evaluator read all; an operator or official
/// reads the agreements of their office; an official also reads the agreements they sign as a party (a Camat's PK is
/// signed by the Bupati of another office).</item>
/// <item>Edit: an operator of the office or an administrator, while Draft or Returned.</item>
/// <item>Submit: an operator of the office, from Draft or Returned. Withdraw (back to Draft): the same, while Submitted.</item>
/// <item>Return, Approve: the official who is Pihak Kedua, or an administrator, while Submitted.</item>
/// <item>Sign: the official who is Pihak Pertama, or an operator of the office (who uploads the scan of the PK
/// signed on paper), while Approved.</item>
/// <item>Publish: an operator of the office or an administrator, when Signed.</item>
/// <item>Amend: an operator of the office, when Signed or Published.</item>
/// <item>Evaluate: an evaluator. Add a review note: an evaluator, an administrator, or an official who is a party.</item>
/// <item>Read the notes (return notes, evaluators' notes): those who read the agreement whatever its status, never the
/// public, who reads a Published agreement but not the work behind it.</item>
/// </list>
/// </summary>
public sealed class AgreementAccess(Actor actor, AgreementFacts agreement)
{
    public static AgreementAccess Of(Actor actor, Agreement agreement) => new(actor, AgreementFacts.Of(agreement));

    public bool CanRead => Can(AgreementAction.Read);

    public bool CanEdit => Can(AgreementAction.Edit);

    public bool CanSubmit => Can(AgreementAction.Submit);

    public bool CanWithdraw => Can(AgreementAction.Withdraw);

    public bool CanReturn => Can(AgreementAction.Return);

    public bool CanApprove => Can(AgreementAction.Approve);

    public bool CanSign => Can(AgreementAction.Sign);

    public bool CanPublish => Can(AgreementAction.Publish);

    public bool CanAmend => Can(AgreementAction.Amend);

    public bool CanEvaluate => Can(AgreementAction.Evaluate);

    public bool CanAddReviewNote => Can(AgreementAction.AddReviewNote);

    public bool CanReadNotes => Can(AgreementAction.ReadNotes);

    private bool IsAdministrator => actor.Has(Role.Administrator);

    private bool IsOperatorOfOffice => actor.BelongsTo(agreement.OfficeId, Role.Operator);

    private bool IsOfficialOfOffice => actor.BelongsTo(agreement.OfficeId, Role.Official);

    private bool IsFirstParty => IsParty(agreement.FirstPartyPersonId);

    private bool IsSecondParty => IsParty(agreement.SecondPartyPersonId);

    public bool Can(AgreementAction action) =>
        action == AgreementAction.Read
            ? agreement.Status == AgreementStatus.Published || Holds(action)
            : Holds(action) && StatusAllows(action, agreement.Status) && (Holds(AgreementAction.Read) || agreement.Status == AgreementStatus.Published);

    /// <summary>
    /// Whether a printed paper of this agreement may be verified in full by the actor: once signed, by anyone holding
    /// the paper; before, only by those who read the agreement (the public learns nothing of a draft).
    /// </summary>
    public bool CanVerify => agreement.Status is AgreementStatus.Signed or AgreementStatus.Published || Holds(AgreementAction.Read);

    /// <summary>Whether the actor holds the action on this agreement, whatever its status.</summary>
    public bool Holds(AgreementAction action) => action switch
    {
        AgreementAction.Read or AgreementAction.ReadNotes => IsAdministrator || actor.Has(Role.Evaluator) || IsOperatorOfOffice || IsOfficialOfOffice || IsFirstParty || IsSecondParty,
        AgreementAction.Edit or AgreementAction.Publish => IsOperatorOfOffice || IsAdministrator,
        AgreementAction.Submit or AgreementAction.Withdraw or AgreementAction.Amend => IsOperatorOfOffice,
        AgreementAction.Return or AgreementAction.Approve => IsSecondParty || IsAdministrator,
        AgreementAction.Sign => IsFirstParty || IsOperatorOfOffice,
        AgreementAction.Evaluate => actor.Has(Role.Evaluator),
        AgreementAction.AddReviewNote => actor.Has(Role.Evaluator) || IsAdministrator || IsFirstParty || IsSecondParty,
        _ => false,
    };

    public static bool StatusAllows(AgreementAction action, AgreementStatus status) => action switch
    {
        AgreementAction.Edit or AgreementAction.Submit => status is AgreementStatus.Draft or AgreementStatus.Returned,
        AgreementAction.Return or AgreementAction.Approve or AgreementAction.Withdraw => status == AgreementStatus.Submitted,
        AgreementAction.Sign => status == AgreementStatus.Approved,
        AgreementAction.Publish => status == AgreementStatus.Signed,
        AgreementAction.Amend => status is AgreementStatus.Signed or AgreementStatus.Published,
        _ => true,
    };

    /// <summary>An operator of the office or an administrator starts agreements of the office.</summary>
    public static bool CanCreateIn(Actor actor, Guid officeId) =>
        actor.Has(Role.Administrator) || actor.BelongsTo(officeId, Role.Operator);

    /// <summary>The Inspektorat's evaluations (of an office and year) are written by evaluators.</summary>
    public static bool CanEvaluateOffices(Actor actor) => actor.Has(Role.Evaluator);

    public static bool CanReadAudit(Actor actor) => actor.Has(Role.Administrator) || actor.Has(Role.Evaluator);

    public static bool CanManageOrganisation(Actor actor) => actor.Has(Role.Administrator);

    /// <summary>
    /// <see cref="CanRead"/> as a query filter (for a database query over many agreements): the same rule, tested
    /// against <see cref="CanRead"/> on the whole matrix.
    /// </summary>
    public static Expression<Func<Agreement, bool>> ReadableBy(Actor actor)
    {
        if (actor.Has(Role.Administrator) || actor.Has(Role.Evaluator))
            return a => true;

        var office = actor.Has(Role.Operator) || actor.Has(Role.Official) ? actor.OfficeId : null;
        var person = actor.Has(Role.Official) ? actor.PersonId : null;
        return a => a.Status == AgreementStatus.Published
            || (office != null && a.OfficeId == office)
            || (person != null && (a.FirstParty.PersonId == person || a.SecondParty.PersonId == person));
    }

    /// <summary>Only an official signs or approves as a party.</summary>
    private bool IsParty(Guid? personId) =>
        actor.Has(Role.Official) && actor.PersonId is { } own && own == personId;
}
