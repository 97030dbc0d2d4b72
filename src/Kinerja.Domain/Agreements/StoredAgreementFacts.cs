namespace Kinerja.Domain.Agreements;

/// <summary>
/// What is known of a stored agreement that an import would replace: the agreement as stored (with its content), its
/// fingerprint as it was first stored (null when unknown), and whether people attached work to it.
/// </summary>
public sealed record StoredAgreementFacts(
    Agreement Agreement,
    string? FingerprintWhenStored,
    bool HasEvidence,
    bool HasReviewNotes,
    bool HasEvaluations);
