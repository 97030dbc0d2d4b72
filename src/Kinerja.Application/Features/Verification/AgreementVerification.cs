using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Verification;

/// <summary>The public facts of an agreement for the verification page (see <see cref="VerifyAgreement"/>).</summary>
public sealed record AgreementVerification(
    Guid Id,
    int Year,
    AgreementKind Kind,
    string Office,
    string Region,
    string FirstPartyPosition,
    string SecondPartyPosition,
    DateOnly? SignedAt,
    AgreementStatus Status,
    string Fingerprint,
    Guid? AmendedById);
