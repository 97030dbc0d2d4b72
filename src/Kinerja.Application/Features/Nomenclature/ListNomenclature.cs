using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>
/// The stored catalogue, optionally only the entries whose code or name (spelled as <see cref="NomenclatureName"/>
/// compares names) contains <c>search</c>, and of one level; administrators only.
/// </summary>
public sealed class ListNomenclature(KinerjaDbContext db)
{
    public async Task<Result<IReadOnlyList<NomenclatureItem>>> ExecuteAsync(
        Actor actor, string? search = null, BudgetLevel? level = null, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();

        var items = await NomenclatureRows.LoadAsync(db, null, cancellationToken);
        var text = search?.Trim() ?? string.Empty;
        var name = NomenclatureName.Normalize(text);
        return Result<IReadOnlyList<NomenclatureItem>>.Ok(items
            .Where(i => level is null || i.Entry.Level == level)
            .Where(i => text.Length == 0
                || (i.Entry.Code ?? string.Empty).Contains(text, StringComparison.OrdinalIgnoreCase)
                || (name.Length > 0 && NomenclatureName.Normalize(i.Entry.Name).Contains(name, StringComparison.Ordinal)))
            .ToList());
    }
}
