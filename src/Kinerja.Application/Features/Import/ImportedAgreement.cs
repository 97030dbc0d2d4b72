using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// One agreement of an imported document: the id it is stored under (for an unchanged or refused agreement, the id
/// of the copy already stored), its natural key, what the import did and why (<see cref="ReimportRule"/>), the
/// agreement as read and its findings.
/// </summary>
public sealed record ImportedAgreement(
    Guid Id,
    string Key,
    ImportVerdict Verdict,
    Agreement Agreement,
    IReadOnlyList<Finding> Findings)
{
    public ImportOutcome Outcome => Verdict.Outcome;
}
