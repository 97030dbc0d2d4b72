using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>One stored catalogue entry by its key; administrators only.</summary>
public sealed class GetNomenclatureEntry(KinerjaDbContext db)
{
    public async Task<Result<NomenclatureItem>> ExecuteAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var found = await NomenclatureRows.LoadAsync(db, id, cancellationToken);
        return found.Count == 1 ? Result<NomenclatureItem>.Ok(found[0]) : Result.NotFound();
    }
}
