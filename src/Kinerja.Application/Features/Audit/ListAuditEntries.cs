using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Kinerja.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Audit;

/// <summary>The audit log, newest first, one page at a time; administrators and evaluators only.</summary>
public sealed class ListAuditEntries(KinerjaDbContext db)
{
    public async Task<Result<Page<AuditEntry>>> ExecuteAsync(Actor actor, AuditSearch search, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanReadAudit(actor))
            return Result.Forbidden();

        var entries = db.AuditEntries.AsNoTracking();
        if (search.From is { } from)
            entries = entries.Where(e => e.At >= from);
        if (search.To is { } to)
            entries = entries.Where(e => e.At < to);
        if (search.UserId is { } userId)
            entries = entries.Where(e => e.UserId == userId);
        if (search.OfficeId is { } officeId)
            entries = entries.Where(e => e.OfficeId == officeId);
        if (!string.IsNullOrWhiteSpace(search.EntityType))
            entries = entries.Where(e => e.EntityType == search.EntityType);
        if (!string.IsNullOrWhiteSpace(search.EntityId))
            entries = entries.Where(e => e.EntityId == search.EntityId);
        if (!string.IsNullOrWhiteSpace(search.Action))
            entries = entries.Where(e => e.Action == search.Action);

        var (number, size) = Page<AuditEntry>.Normalize(search.Page, search.PageSize);
        var total = await entries.CountAsync(cancellationToken);
        number = Page<AuditEntry>.Clamp(number, size, total);
        var items = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return Result<Page<AuditEntry>>.Ok(new Page<AuditEntry>(items, number, size, total));
    }
}
