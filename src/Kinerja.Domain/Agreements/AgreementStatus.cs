namespace Kinerja.Domain.Agreements;

/// <summary>
/// Where an agreement is in its life: Draft → Submitted → (Returned → Submitted …) → Approved → Signed → Published;
/// the operator may withdraw a Submitted agreement back to Draft before it is approved or returned.
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
