using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Tests.Agreements;

namespace Kinerja.Domain.Tests.Access;

/// <summary>
/// The whole matrix for the Sekretaris Camat's PK of Kecamatan Kalaena (Pihak Pertama the Sekcam, Pihak Kedua the
/// Camat): for each actor and action, the statuses in which it is allowed, as letters: D Draft, S Submitted,
/// R Returned, A Approved, G Signed (ditandatangani), P Published.
/// </summary>
public sealed class AgreementAccessTests
{
    private const string All = "DSRAGP";

    private static readonly Guid Kalaena = Guid.CreateVersion7();
    private static readonly Guid Mangkutana = Guid.CreateVersion7();
    private static readonly Guid Sekcam = Guid.CreateVersion7();
    private static readonly Guid Camat = Guid.CreateVersion7();
    private static readonly Guid Kasi = Guid.CreateVersion7();

    private static readonly Dictionary<string, Actor> Actors = new(StringComparer.Ordinal)
    {
        ["public"] = Actor.Public,
        ["administrator"] = Actor.With([Role.Administrator]),
        ["evaluator"] = Actor.With([Role.Evaluator]),
        ["operator Kalaena"] = Actor.With([Role.Operator], Kalaena),
        ["operator Mangkutana"] = Actor.With([Role.Operator], Mangkutana),
        ["operator without office"] = Actor.With([Role.Operator]),
        ["operator with the Camat's person"] = Actor.With([Role.Operator], Mangkutana, Camat),
        ["official Sekcam (Pihak Pertama)"] = Actor.With([Role.Official], Kalaena, Sekcam),
        ["official Camat (Pihak Kedua)"] = Actor.With([Role.Official], Kalaena, Camat),
        ["official Kasi of Kalaena"] = Actor.With([Role.Official], Kalaena, Kasi),
        ["official of Mangkutana"] = Actor.With([Role.Official], Mangkutana, Guid.CreateVersion7()),
        ["Camat as official of another office"] = Actor.With([Role.Official], Mangkutana, Camat),
    };

    /// <summary>Actor, then the allowed statuses of Read, Edit, Submit, Return, Approve, Sign, Publish, Amend, Evaluate, AddReviewNote, ReadNotes, Withdraw.</summary>
    private static readonly (string Actor, string[] Allowed)[] Matrix =
    [
        ("public", ["P", "", "", "", "", "", "", "", "", "", "", ""]),
        ("administrator", [All, "DR", "", "S", "S", "", "G", "", "", All, All, ""]),
        ("evaluator", [All, "", "", "", "", "", "", "", All, All, All, ""]),
        ("operator Kalaena", [All, "DR", "DR", "", "", "A", "G", "GP", "", "", All, "S"]),
        ("operator Mangkutana", ["P", "", "", "", "", "", "", "", "", "", "", ""]),
        ("operator without office", ["P", "", "", "", "", "", "", "", "", "", "", ""]),
        ("operator with the Camat's person", ["P", "", "", "", "", "", "", "", "", "", "", ""]),
        ("official Sekcam (Pihak Pertama)", [All, "", "", "", "", "A", "", "", "", All, All, ""]),
        ("official Camat (Pihak Kedua)", [All, "", "", "S", "S", "", "", "", "", All, All, ""]),
        ("official Kasi of Kalaena", [All, "", "", "", "", "", "", "", "", "", All, ""]),
        ("official of Mangkutana", ["P", "", "", "", "", "", "", "", "", "", "", ""]),
        ("Camat as official of another office", [All, "", "", "S", "S", "", "", "", "", All, All, ""]),
    ];

    private static readonly AgreementAction[] Actions =
    [
        AgreementAction.Read, AgreementAction.Edit, AgreementAction.Submit, AgreementAction.Return, AgreementAction.Approve,
        AgreementAction.Sign, AgreementAction.Publish, AgreementAction.Amend, AgreementAction.Evaluate, AgreementAction.AddReviewNote,
        AgreementAction.ReadNotes, AgreementAction.Withdraw,
    ];

    public static TheoryData<string, AgreementAction, AgreementStatus, bool> Cases()
    {
        var data = new TheoryData<string, AgreementAction, AgreementStatus, bool>();
        foreach (var (actor, allowed) in Matrix)
        {
            for (var i = 0; i < Actions.Length; i++)
            {
                foreach (var status in Enum.GetValues<AgreementStatus>())
                    data.Add(actor, Actions[i], status, allowed[i].Contains(Letter(status), StringComparison.Ordinal));
            }
        }

        return data;
    }

    public static TheoryData<string, AgreementStatus> ActorsAndStatuses()
    {
        var data = new TheoryData<string, AgreementStatus>();
        foreach (var actor in Actors.Keys)
        {
            foreach (var status in Enum.GetValues<AgreementStatus>())
                data.Add(actor, status);
        }

        return data;
    }

    [Fact]
    public void Matrix_CoversEveryActorAndAction()
    {
        Assert.Equal(Actors.Keys.Order(StringComparer.Ordinal), Matrix.Select(m => m.Actor).Order(StringComparer.Ordinal));
        Assert.All(Matrix, m => Assert.Equal(Enum.GetValues<AgreementAction>().Length, m.Allowed.Length));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Can_ActorActionStatus_FollowsTheMatrix(string actor, AgreementAction action, AgreementStatus status, bool allowed)
    {
        var access = new AgreementAccess(Actors[actor], Facts(status));

        Assert.Equal(allowed, access.Can(action));
        Assert.Equal(allowed, Property(access, action));
    }

    [Theory]
    [MemberData(nameof(ActorsAndStatuses))]
    public void CanVerify_InFull_OnceSignedOrByThoseWhoReadIt(string actor, AgreementStatus status)
    {
        var access = new AgreementAccess(Actors[actor], Facts(status));

        Assert.Equal(status is AgreementStatus.Signed or AgreementStatus.Published || access.Holds(AgreementAction.Read), access.CanVerify);
    }

    [Theory]
    [MemberData(nameof(ActorsAndStatuses))]
    public void ReadableBy_AgreesWithCanRead(string actor, AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);
        agreement.LinkOffice(Kalaena);
        agreement.LinkParty(PartyRole.First, Sekcam, null);
        agreement.LinkParty(PartyRole.Second, Camat, null);

        var readable = AgreementAccess.ReadableBy(Actors[actor]).Compile()(agreement);

        Assert.Equal(AgreementAccess.Of(Actors[actor], agreement).CanRead, readable);
    }

    [Theory]
    [InlineData("administrator", true, true, true, false)]
    [InlineData("evaluator", true, false, false, true)]
    [InlineData("operator Kalaena", false, false, true, false)]
    [InlineData("operator Mangkutana", false, false, false, false)]
    [InlineData("official Camat (Pihak Kedua)", false, false, false, false)]
    [InlineData("public", false, false, false, false)]
    public void ActorRules_AuditOrganisationCreateEvaluate(string actor, bool audit, bool organisation, bool createInKalaena, bool evaluate)
    {
        Assert.Equal(audit, AgreementAccess.CanReadAudit(Actors[actor]));
        Assert.Equal(organisation, AgreementAccess.CanManageOrganisation(Actors[actor]));
        Assert.Equal(createInKalaena, AgreementAccess.CanCreateIn(Actors[actor], Kalaena));
        Assert.Equal(evaluate, AgreementAccess.CanEvaluateOffices(Actors[actor]));
    }

    [Fact]
    public void OperatorWithoutOffice_DoesNotOwnAnAgreementWithoutOffice()
    {
        var access = new AgreementAccess(Actor.With([Role.Operator]), new AgreementFacts(null, AgreementStatus.Draft, null, null));

        Assert.False(access.CanRead);
        Assert.False(access.CanEdit);
    }

    private static AgreementFacts Facts(AgreementStatus status) => new(Kalaena, status, Sekcam, Camat);

    private static bool Property(AgreementAccess access, AgreementAction action) => action switch
    {
        AgreementAction.Read => access.CanRead,
        AgreementAction.ReadNotes => access.CanReadNotes,
        AgreementAction.Edit => access.CanEdit,
        AgreementAction.Submit => access.CanSubmit,
        AgreementAction.Return => access.CanReturn,
        AgreementAction.Approve => access.CanApprove,
        AgreementAction.Sign => access.CanSign,
        AgreementAction.Publish => access.CanPublish,
        AgreementAction.Amend => access.CanAmend,
        AgreementAction.Evaluate => access.CanEvaluate,
        AgreementAction.AddReviewNote => access.CanAddReviewNote,
        AgreementAction.Withdraw => access.CanWithdraw,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    private static string Letter(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "D",
        AgreementStatus.Submitted => "S",
        AgreementStatus.Returned => "R",
        AgreementStatus.Approved => "A",
        AgreementStatus.Signed => "G",
        _ => "P",
    };
}
