using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>
/// Loads a newer nomenclature list (a CSV of the format Kinerja ships, <see cref="NomenclatureCsv"/>) into the
/// stored catalogue: merged (new codes added, stored codes take the list's names) or replacing it. The list is
/// checked first (header, levels, code formats, duplicate codes, every kegiatan's program and every sub kegiatan's
/// kegiatan present); a list with an error changes nothing. Administrators only; the audit log records every entry
/// changed.
/// </summary>
public sealed class ImportNomenclature(KinerjaDbContext db)
{
    public async Task<Result<NomenclatureLoadSummary>> ExecuteAsync(
        Actor actor, Stream content, bool replace, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();

        var read = NomenclatureCsv.Read(content);
        if (!read.Succeeded)
            return Result.Invalid(read.Errors);

        var codes = read.Entries.Where(e => e.Code is not null).Select(e => e.Code!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!replace)
            codes.UnionWith(await db.Nomenclature.AsNoTracking().Where(e => e.Code != null).Select(e => e.Code!).ToListAsync(cancellationToken));
        var orphans = read.Entries
            .Where(e => e.Level != BudgetLevel.Program && e.ParentCode is { } parent && !codes.Contains(parent))
            .Select(e => string.Format(CultureInfo.InvariantCulture, ApplicationMessages.NomenclatureImportParentMissing, e.Code ?? e.Name, NomenclatureCode.LevelName(e.Level - 1), e.ParentCode))
            .ToList();
        if (orphans.Count > 0)
            return Result.Invalid(orphans);

        var summary = await NomenclatureStore.LoadAsync(db, read.Entries, replace ? NomenclatureLoadMode.Replace : NomenclatureLoadMode.Merge, cancellationToken);
        return Result<NomenclatureLoadSummary>.Ok(summary);
    }
}
