using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>
/// Creates a position of an office (<c>positionId</c> null) or renames one, with its eselon and direct
/// superior (null clears it; a cycle is refused); administrators only.
/// </summary>
public sealed class SavePosition(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid? positionId, Guid officeId, string title, string? eselon, Guid? superiorId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var office = await db.Offices.SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken);
        if (office is null)
            return Result.NotFound();
        if (string.IsNullOrWhiteSpace(title))
            return Result.Invalid(Domain.Messages.PositionTitleRequired);

        var positions = await db.Positions.ToListAsync(cancellationToken);
        if (positions.Any(p => p.OfficeId == officeId && p.Id != positionId && p.HasTitle(title)))
            return Result.Conflict(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.PositionExists, title.Trim()));

        Position? position;
        if (positionId is { } id)
        {
            position = positions.SingleOrDefault(p => p.Id == id && p.OfficeId == officeId);
            if (position is null)
                return Result.NotFound();
            position.Rename(title);
        }
        else
        {
            position = new Position(title, office);
            db.Positions.Add(position);
            positions.Add(position);
        }

        position.Eselon = string.IsNullOrWhiteSpace(eselon) ? null : eselon.Trim();
        Position? superior = null;
        if (superiorId is { } wanted && (superior = positions.SingleOrDefault(p => p.Id == wanted)) is null)
            return Result.Invalid(ApplicationMessages.SuperiorNotFound);
        var linked = position.SetSuperior(superior, positions);
        if (!linked.Success)
            return Result.Invalid(linked.Errors);

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(position.Id);
    }
}
