using Kinerja.Domain.Agreements;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The filters of <see cref="SearchAgreements"/>, all optional: year, office, position (of Pihak Pertama), status,
/// and text found in the office, either party's name or position; page from 1.
/// </summary>
public sealed record AgreementSearch(
    int? Year = null,
    Guid? OfficeId = null,
    Guid? PositionId = null,
    AgreementStatus? Status = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 25);
