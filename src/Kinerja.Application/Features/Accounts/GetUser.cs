using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Accounts;

/// <summary>One account as the administrator sees it; administrators only.</summary>
public sealed class GetUser(KinerjaDbContext db)
{
    public async Task<Result<UserSummary>> ExecuteAsync(Actor actor, Guid userId, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanManageOrganisation(actor))
            return Result.Forbidden();
        var found = await ListUsers.LoadAsync(db, userId, cancellationToken);
        return found.Count == 1 ? Result<UserSummary>.Ok(found[0]) : Result.NotFound();
    }
}
