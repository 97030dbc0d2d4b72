using System.Globalization;
using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Nomenclature;

/// <summary>
/// Adds an entry to the catalogue (<c>id</c> null) or corrects one: the code's format for its level
/// (<see cref="NomenclatureCode"/>), a name, a code used once, and a parent (the program of a kegiatan, the kegiatan
/// of a sub kegiatan) already in the catalogue. The parent's code follows from the code. Administrators only.
/// </summary>
public sealed class SaveNomenclatureEntry(KinerjaDbContext db)
{
    public async Task<Result<int>> ExecuteAsync(
        Actor actor, int? id, BudgetLevel level, string? code, string? name, string? parentCode, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();

        var trimmedCode = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        var parent = trimmedCode is not null
            ? NomenclatureCatalogue.ParentCodeOf(trimmedCode, level)
            : string.IsNullOrWhiteSpace(parentCode) ? null : parentCode.Trim();
        var entry = new NomenclatureEntry(trimmedCode, level, name?.Trim() ?? string.Empty, level == BudgetLevel.Program ? null : parent);
        var errors = NomenclatureCode.Check(entry);
        if (errors.Count > 0)
            return Result.Invalid(errors);

        var rows = await NomenclatureRows.LoadAsync(db, null, cancellationToken);
        if (id is { } wanted && rows.All(r => r.Id != wanted))
            return Result.NotFound();
        var others = rows.Where(r => r.Id != id).Select(r => r.Entry).ToList();
        if (rows.FirstOrDefault(r => r.Id == id)?.Entry.Code is { } oldCode && !string.Equals(oldCode, trimmedCode, StringComparison.OrdinalIgnoreCase))
        {
            var children = others.Count(e => string.Equals(e.ParentCode, oldCode, StringComparison.OrdinalIgnoreCase));
            if (children > 0)
                return Result.Conflict(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.NomenclatureCodeHasChildren, oldCode, children));
        }

        if (trimmedCode is not null && others.FirstOrDefault(e => string.Equals(e.Code, trimmedCode, StringComparison.OrdinalIgnoreCase)) is { } taken)
            return Result.Conflict(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.NomenclatureCodeTaken, trimmedCode, taken.Name));
        if (entry.ParentCode is { } parentOf && !others.Any(e => e.Level == level - 1 && string.Equals(e.Code, parentOf, StringComparison.OrdinalIgnoreCase)))
            return Result.Invalid(string.Format(CultureInfo.InvariantCulture, ApplicationMessages.NomenclatureParentUnknown, NomenclatureCode.LevelName(level - 1), parentOf));

        int saved;
        if (id is { } existing)
        {
            var stored = await db.Nomenclature.SingleAsync(e => EF.Property<int>(e, ShadowProperties.Id) == existing, cancellationToken);
            db.Entry(stored).CurrentValues.SetValues(entry);
            await db.SaveChangesAsync(cancellationToken);
            saved = existing;
        }
        else
        {
            db.Nomenclature.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            saved = db.Entry(entry).Property<int>(ShadowProperties.Id).CurrentValue;
        }

        db.ChangeTracker.Clear();
        return Result<int>.Ok(saved);
    }
}
