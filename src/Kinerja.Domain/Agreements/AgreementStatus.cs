namespace Kinerja.Domain.Agreements;

/// <summary>
/// Where an agreement is in its life: Draft → Submitted → (Returned → Submitted …) → Approved → Signed → Published.
/// Only Draft and Returned agreements can be edited. Labels: <see cref="Labels.Of(AgreementStatus)"/>.
/// </summary>
public enum AgreementStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    Signed,
    Published,
}
