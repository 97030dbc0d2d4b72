using Kinerja.Application.Common;
using Kinerja.Documents.Scans;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Persistence;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// Approved → Signed, by Pihak Pertama or an operator of the office, with the scan of the signed PK as evidence (a
/// PDF within <see cref="EvidenceDocument.MaxSize"/> that parses with at least one page, <see cref="PdfScan"/>). The signing date (today in the region by default) must
/// be one the paper can have been signed on (<see cref="SigningDate"/>).
/// </summary>
public sealed class SignAgreement(KinerjaDbContext db, TimeProvider clock)
{
    public Task<Result> ExecuteAsync(
        Actor actor, Guid agreementId, string fileName, byte[] content, DateOnly? signedOn = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return AgreementLoader.ChangeAsync(db, actor, agreementId, AgreementAction.Sign, agreement =>
        {
            var evidence = EvidenceDocument.Create(agreement.Id, fileName, content, now, actor.UserId, actor.Name);
            if (!evidence.Success)
                return evidence.WithoutValue();
            if (!PdfScan.IsReadableWithPages(content))
                return Outcome.Fail(EvidenceDocument.NotPdf(evidence.Value!.FileName));

            var today = RegionTime.Today(clock);
            var outcome = agreement.Sign(evidence.Value!.Reference, signedOn ?? today, today);
            if (outcome.Success)
                db.EvidenceDocuments.Add(evidence.Value);
            return outcome;
        }, cancellationToken);
    }
}
