using Kinerja.Application.Common;
using Kinerja.Documents.Export;
using Kinerja.Documents.Export.Html;
using Kinerja.Domain;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Export;

/// <summary>
/// The agreements of one office and year (optionally one position) that the actor may read
/// (<see cref="AgreementAccess.ReadableBy"/>), with details, in hierarchy order, each amendment with the version it
/// supersedes when the actor may read that too. NotFound when the office is unknown or nothing is readable, so that
/// an office's unpublished work is never hinted at.
/// </summary>
public sealed class LoadOfficeAgreements(KinerjaDbContext db)
{
    public async Task<Result<OfficeDocuments>> ExecuteAsync(Actor actor, OfficeDocumentsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var office = await FindOfficeAsync(request, cancellationToken);
        if (office is null)
            return Result.NotFound();

        var readable = db.Agreements.AsNoTracking().Where(AgreementAccess.ReadableBy(actor));
        var agreements = await readable.Where(a => a.OfficeId == office.Id && a.Year == request.Year).WithDetails().ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.Position))
        {
            var position = PositionTitle.Normalize(request.Position);
            agreements = agreements.Where(a => PositionTitle.Normalize(a.FirstParty.Position) == position).ToList();
        }

        if (agreements.Count == 0)
            return Result.NotFound();

        var previousIds = agreements.Where(a => a.SupersedesId is not null).Select(a => a.SupersedesId!.Value).ToList();
        var previous = previousIds.Count == 0
            ? []
            : await readable.Where(a => previousIds.Contains(a.Id)).WithDetails().ToDictionaryAsync(a => a.Id, cancellationToken);

        var printed = AgreementOrder.InHierarchyOrder(agreements)
            .Select(a => new PrintedAgreement(a, a.SupersedesId is { } id ? previous.GetValueOrDefault(id) : null, Labels.Of(a.Status)))
            .ToList();
        return Result<OfficeDocuments>.Ok(new OfficeDocuments(office, request.Year, printed));
    }

    private async Task<Office?> FindOfficeAsync(OfficeDocumentsRequest request, CancellationToken cancellationToken)
    {
        if (request.OfficeId is { } id)
            return await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.OfficeName))
            return null;

        // Few offices per region: compare in memory with the one naming rule (case and spacing).
        var offices = await db.Offices.AsNoTracking().ToListAsync(cancellationToken);
        return offices.FirstOrDefault(o => o.IsNamed(request.OfficeName));
    }
}
