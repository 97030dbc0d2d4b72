using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Agreements;

/// <summary>A position without a signed PK for the year; the agreement in progress for it, if any, and its status.</summary>
public sealed record MissingAgreement(Guid PositionId, string PositionTitle, Guid? AgreementId, AgreementStatus? Status);
