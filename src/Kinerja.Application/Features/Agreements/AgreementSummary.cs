using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Agreements;

/// <summary>One line of the list of stored agreements, with the number of findings by severity.</summary>
public sealed record AgreementSummary(
    Guid Id,
    int Year,
    AgreementKind Kind,
    string Office,
    string Region,
    string FirstPartyName,
    string FirstPartyPosition,
    string SecondPartyName,
    string SecondPartyPosition,
    DateOnly? SignedAt,
    Guid? SupersedesId,
    int Errors,
    int Warnings,
    int Infos,
    Guid? OfficeId = null)
{
    public int Findings => Errors + Warnings + Infos;
}
