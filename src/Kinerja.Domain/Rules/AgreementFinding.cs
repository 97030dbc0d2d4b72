using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Rules;

/// <summary>A finding of a rule over several agreements, with the agreement it is attached to.</summary>
public sealed record AgreementFinding(Guid AgreementId, Finding Finding);
