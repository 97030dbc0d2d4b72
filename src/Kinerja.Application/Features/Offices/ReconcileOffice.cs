using Kinerja.Application.Common;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Access;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Offices;

/// <summary>
/// The budget of an office for a year across its agreements in force that the actor may read: program → kegiatan →
/// sub kegiatan, each with its amount, the sum of its children and the difference (<see cref="OfficeBudget"/>, the
/// core's reconciliation). NotFound when the office does not exist.
/// </summary>
public sealed class ReconcileOffice(KinerjaDbContext db)
{
    public async Task<Result<OfficeReconciliation>> ExecuteAsync(Actor actor, Guid officeId, int year, CancellationToken cancellationToken = default)
    {
        var (office, agreements) = await OfficeAgreementsOfYear.LoadAsync(db, actor, officeId, year, cancellationToken);
        if (office is null)
            return Result.NotFound();

        var catalogue = await StoredCatalogue.LoadAsync(db, cancellationToken);
        return Result<OfficeReconciliation>.Ok(new OfficeReconciliation(office, year, agreements, OfficeBudget.Of(catalogue, agreements)));
    }
}
