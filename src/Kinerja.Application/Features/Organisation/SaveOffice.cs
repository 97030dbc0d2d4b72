using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Organisation;

/// <summary>Creates an office of a region (<c>officeId</c> null) or renames one; administrators only.</summary>
public sealed class SaveOffice(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(Actor actor, Guid? officeId, Guid regionId, string name, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == regionId, cancellationToken);
        if (region is null)
            return Result.Invalid(ApplicationMessages.RegionRequired);

        var others = await db.Offices.Where(o => o.RegionId == regionId && o.Id != officeId).ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(name) && others.Any(o => o.IsNamed(name)))
            return Result.Conflict(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.OfficeExists, name.Trim()));

        Office office;
        if (officeId is { } id)
        {
            var found = await db.Offices.SingleOrDefaultAsync(o => o.Id == id && o.RegionId == regionId, cancellationToken);
            if (found is null)
                return Result.NotFound();
            office = found;
            var renamed = office.Rename(name);
            if (!renamed.Success)
                return Result.Invalid(renamed.Errors);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(name))
                return Result.Invalid(Domain.Messages.OfficeNameRequired);
            office = new Office(name, region);
            db.Offices.Add(office);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(office.Id);
    }
}
