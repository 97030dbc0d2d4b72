using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Agreements;

/// <summary>One line of a list of agreements.</summary>
public sealed record AgreementListItem(
    Guid Id,
    int Year,
    AgreementKind Kind,
    int Revision,
    AgreementStatus Status,
    Guid? OfficeId,
    string Office,
    string FirstPartyName,
    string FirstPartyPosition,
    string SecondPartyName,
    string SecondPartyPosition,
    DateOnly? SignedAt,
    Guid? SupersedesId);
