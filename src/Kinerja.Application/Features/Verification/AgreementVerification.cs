using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Verification;

/// <summary>
/// What the verification page tells about a registered agreement (see <see cref="VerifyAgreement"/>): its
/// <see cref="Facts"/> when the reader may verify it, null for a PK not yet signed that the reader may not read.
/// </summary>
public sealed record AgreementVerification(Guid Id, VerifiedAgreement? Facts);

/// <summary>The public facts of a signed agreement, and all of them for those who read it: enough to compare a paper with.</summary>
public sealed record VerifiedAgreement(
    int Year,
    AgreementKind Kind,
    string Office,
    string Region,
    Party FirstParty,
    Party SecondParty,
    DateOnly? DocumentDate,
    DateOnly? SignedOn,
    AgreementStatus Status,
    string Fingerprint,
    bool Superseded)
{
    /// <summary>Whether <paramref name="typed"/>, as copied from the paper, is this agreement's fingerprint.</summary>
    public bool Matches(string typed) => AgreementFingerprint.Matches(Fingerprint, typed);
}
