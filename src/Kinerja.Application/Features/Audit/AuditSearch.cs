namespace Kinerja.Application.Features.Audit;

/// <summary>
/// The filters of <see cref="ListAuditEntries"/>, all optional: a period (<see cref="From"/> inclusive,
/// <see cref="To"/> exclusive), user, office, entity type and id, action (see <c>AuditActions</c>), a searched
/// <see cref="Text"/> in Indonesian ("perjanjian", "diajukan", a user's name; see <see cref="AuditVocabulary"/>); page from 1.
/// </summary>
public sealed record AuditSearch(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    Guid? UserId = null,
    Guid? OfficeId = null,
    string? EntityType = null,
    string? EntityId = null,
    string? Action = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 50);
