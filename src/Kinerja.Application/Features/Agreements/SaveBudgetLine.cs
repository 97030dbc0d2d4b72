using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Adds a budget line (<c>budgetLineId</c> null) or changes one; answers the line's id.</summary>
public sealed class SaveBudgetLine(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid agreementId, Guid? budgetLineId, BudgetLineContent content, CancellationToken cancellationToken = default)
    {
        var id = budgetLineId ?? Guid.Empty;
        var result = await AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, agreement =>
        {
            if (budgetLineId is { } existing)
                return agreement.UpdateBudgetLine(existing, content);

            var added = agreement.AddBudgetLine(content);
            id = added.Value?.Id ?? Guid.Empty;
            return added.WithoutValue();
        }, cancellationToken);
        return result.IsOk ? Result<Guid>.Ok(id) : result;
    }
}
