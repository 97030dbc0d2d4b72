using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>Adds a sasaran (<c>sasaranId</c> null) or changes one; answers the sasaran's id.</summary>
public sealed class SaveSasaran(KinerjaDbContext db)
{
    public async Task<Result<Guid>> ExecuteAsync(
        Actor actor, Guid agreementId, Guid? sasaranId, SasaranLevel level, string text, Guid? supportsSasaranId, CancellationToken cancellationToken = default)
    {
        var id = sasaranId ?? Guid.Empty;
        var result = await AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Edit, agreement =>
        {
            if (sasaranId is { } existing)
                return agreement.UpdateSasaran(existing, level, text, supportsSasaranId);

            var added = agreement.AddSasaran(level, text, supportsSasaranId);
            id = added.Value?.Id ?? Guid.Empty;
            return added.WithoutValue();
        }, cancellationToken);
        return result.IsOk ? Result<Guid>.Ok(id) : result;
    }
}
