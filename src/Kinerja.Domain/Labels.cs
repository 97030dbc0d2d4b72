using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Reviews;

namespace Kinerja.Domain;

/// <summary>The Indonesian labels of the core's enumerations, in one place (texts in <see cref="Messages"/>).</summary>
public static class Labels
{
    public static string Of(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => Messages.StatusDraft,
        AgreementStatus.Submitted => Messages.StatusSubmitted,
        AgreementStatus.Returned => Messages.StatusReturned,
        AgreementStatus.Approved => Messages.StatusApproved,
        AgreementStatus.Signed => Messages.StatusSigned,
        AgreementStatus.Published => Messages.StatusPublished,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(Findings.Severity severity) => severity switch
    {
        Findings.Severity.Error => Messages.SeverityError,
        Findings.Severity.Warning => Messages.SeverityWarning,
        _ => Messages.SeverityInfo,
    };

    public static string Of(AmendmentReason reason) => reason switch
    {
        AmendmentReason.PergantianPejabat => Messages.ReasonPergantianPejabat,
        AmendmentReason.PerubahanProgramAnggaran => Messages.ReasonPerubahanProgramAnggaran,
        AmendmentReason.PerubahanPrioritas => Messages.ReasonPerubahanPrioritas,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string Of(AssignmentKind kind) => kind switch
    {
        AssignmentKind.Definitif => Messages.KindDefinitif,
        AssignmentKind.Plt => Messages.KindPlt,
        AssignmentKind.Plh => Messages.KindPlh,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(ReviewNoteKind kind) => kind switch
    {
        ReviewNoteKind.Pengembalian => Messages.NoteKindReturn,
        ReviewNoteKind.CatatanEvaluasi => Messages.NoteKindEvaluation,
        ReviewNoteKind.Catatan => Messages.NoteKindNote,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
