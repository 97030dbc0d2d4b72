using Kinerja.Application.Common;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The choices of the PK editor for an agreement the actor may edit (<see cref="EditorChoices"/>): NotFound when the
/// actor cannot read it, Forbidden when it does not hold the edit action. The superior's agreement is the one in
/// force of the same year whose Pihak Pertama holds this agreement's Pihak Kedua position.
/// </summary>
public sealed class GetEditorChoices(KinerjaDbContext db)
{
    public async Task<Result<EditorChoices>> ExecuteAsync(Actor actor, Guid agreementId, CancellationToken cancellationToken = default)
    {
        var (agreement, failure) = await AgreementLoader.LoadAsync(db, actor, agreementId, AgreementAction.Edit, tracked: false, cancellationToken);
        if (failure is not null)
            return failure;

        var catalogue = await StoredCatalogue.LoadAsync(db, cancellationToken);
        var superiorPosition = agreement!.SecondParty.PositionId;
        var superiorPrinted = agreement.SecondParty.Position;
        var candidates = await db.Agreements.AsNoTracking()
            .Where(AgreementAccess.ReadableBy(actor))
            .Where(a => a.Year == agreement.Year && a.Id != agreement.Id)
            .Where(a => superiorPosition != null ? a.FirstParty.PositionId == superiorPosition : a.FirstParty.Position == superiorPrinted)
            .WithDetails()
            .ToListAsync(cancellationToken);
        var superior = OfficeAgreements.InForce(candidates).SelectMany(g => g).FirstOrDefault();
        var entries = catalogue.Entries.Where(e => !string.IsNullOrWhiteSpace(e.Code)).OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        return Result<EditorChoices>.Ok(new EditorChoices(entries, Units.Names, superior?.Sasarans ?? [], superior?.FirstParty.Position));
    }
}
