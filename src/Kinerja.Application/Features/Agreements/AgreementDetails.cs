using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Reviews;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// One agreement for its page: the agreement (untracked, with sasaran, indicators and budget lines), its findings
/// computed now over the office's agreements of the year, what the actor may do (<see cref="Access"/>: show only the
/// buttons it allows), the review notes (oldest first), the evidence of signature, and the amendment that supersedes
/// it, if any.
/// </summary>
public sealed record AgreementDetails(
    Agreement Agreement,
    IReadOnlyList<Finding> Findings,
    AgreementAccess Access,
    IReadOnlyList<ReviewNote> Notes,
    EvidenceSummary? Evidence,
    Guid? AmendedById);
