using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// Agreements the actor may read (<see cref="AgreementAccess.ReadableBy"/>), filtered, newest year first, then by
/// office and position, one page at a time.
/// </summary>
public sealed class SearchAgreements(KinerjaDbContext db)
{
    public async Task<Page<AgreementListItem>> ExecuteAsync(Actor actor, AgreementSearch search, CancellationToken cancellationToken = default)
    {
        var agreements = db.Agreements.AsNoTracking().Where(AgreementAccess.ReadableBy(actor));
        if (search.Year is { } year)
            agreements = agreements.Where(a => a.Year == year);
        if (search.OfficeId is { } officeId)
            agreements = agreements.Where(a => a.OfficeId == officeId);
        if (search.PositionId is { } positionId)
            agreements = agreements.Where(a => a.FirstParty.PositionId == positionId);
        if (search.Status is { } status)
            agreements = agreements.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(); the culture of the database applies.
            var text = search.Text.Trim().ToLower();
            agreements = agreements.Where(a =>
                a.Office.ToLower().Contains(text)
                || a.FirstParty.PrintedName.ToLower().Contains(text)
                || a.FirstParty.Position.ToLower().Contains(text)
                || a.SecondParty.PrintedName.ToLower().Contains(text)
                || a.SecondParty.Position.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311
        }

        var (number, size) = Page<AgreementListItem>.Normalize(search.Page, search.PageSize);
        var total = await agreements.CountAsync(cancellationToken);
        number = Page<AgreementListItem>.Clamp(number, size, total);
        var items = await agreements
            .OrderByDescending(a => a.Year)
            .ThenBy(a => a.Office)
            .ThenBy(a => a.FirstParty.Position)
            .ThenBy(a => a.Revision)
            .Skip((number - 1) * size)
            .Take(size)
            .Select(a => new AgreementListItem(
                a.Id, a.Year, a.Kind, a.Revision, a.Status, a.OfficeId, a.Office, a.FirstParty.PrintedName, a.FirstParty.Position,
                a.SecondParty.PrintedName, a.SecondParty.Position, a.SignedAt, a.SupersedesId))
            .ToListAsync(cancellationToken);
        return new Page<AgreementListItem>(items, number, size, total);
    }
}
