using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Offices;

/// <summary>
/// What the office pages start from: the office (null when absent) and its agreements in force of the year that the
/// actor may read (<see cref="AgreementAccess.ReadableBy"/>), with their details, in the order they were signed.
/// </summary>
internal static class OfficeAgreementsOfYear
{
    public static async Task<(Office? Office, IReadOnlyList<Agreement> Agreements)> LoadAsync(
        KinerjaDbContext db, Actor actor, Guid officeId, int year, CancellationToken cancellationToken)
    {
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken);
        if (office is null)
            return (null, []);

        var agreements = await db.Agreements.AsNoTracking()
            .Where(AgreementAccess.ReadableBy(actor))
            .Where(a => a.OfficeId == officeId && a.Year == year)
            .WithDetails()
            .ToListAsync(cancellationToken);
        var inForce = OfficeAgreements.InForce(agreements).SelectMany(g => g).ToList();
        return (office, inForce);
    }
}
