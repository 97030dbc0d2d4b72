using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// Adds an indicator to a sasaran (<c>indicatorId</c> null) or changes one (text, target, polarity,
/// aggregation, Lampiran 2 description); answers the indicator's id.
/// </summary>
public sealed class SaveIndicator(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid agreementId, Guid sasaranId, Guid? indicatorId, IndicatorContent content, CancellationToken cancellationToken = default)
    {
        var id = indicatorId ?? Guid.Empty;
        var result = await AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, agreement =>
        {
            if (indicatorId is { } existing)
                return agreement.UpdateIndicator(existing, content);

            var added = agreement.AddIndicator(sasaranId, content);
            id = added.Value?.Id ?? Guid.Empty;
            return added.WithoutValue();
        }, cancellationToken);
        return result.IsOk ? Result<Guid>.Ok(id) : result;
    }
}
