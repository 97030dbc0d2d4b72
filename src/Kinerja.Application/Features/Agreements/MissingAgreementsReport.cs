namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The positions of an office that lack a signed (or published) PK for a year, and, when the region's budget
/// approval date for the year is recorded, the deadline (one month later) and how many days past it today is.
/// </summary>
public sealed record MissingAgreementsReport(
    Guid OfficeId,
    string Office,
    int Year,
    DateOnly? Deadline,
    int? DaysPastDeadline,
    IReadOnlyList<MissingAgreement> Positions);
