using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// Starts a Perubahan of a Signed or Published agreement (by an operator of the office): a new Draft copy with the
/// reason, superseding it; answers the new agreement's id. Conflict when the agreement already has an amendment.
/// </summary>
public sealed class AmendAgreement(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid agreementId, AmendmentReason reason, string explanation, CancellationToken cancellationToken = default)
    {
        var (original, failure) = await AgreementLoader.LoadAsync(db, actor, agreementId, AgreementAction.Amend, tracked: false, cancellationToken);
        if (failure is not null)
            return failure;

        var amendment = original!.Amend(reason, explanation);
        if (!amendment.Success)
        {
            return AgreementAccess.StatusAllows(AgreementAction.Amend, original.Status)
                ? Result.Invalid(amendment.Errors)
                : Result.Conflict(amendment.Errors);
        }

        var key = amendment.Value!.Key;
        if (await db.Agreements.AnyAsync(a => a.SupersedesId == original.Id, cancellationToken)
            || await db.Agreements.WithKey(key).AnyAsync(cancellationToken))
            return Result.Conflict(ApplicationMessages.AgreementAlreadyAmended);

        db.Agreements.Add(amendment.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Ok(amendment.Value.Id);
    }
}
