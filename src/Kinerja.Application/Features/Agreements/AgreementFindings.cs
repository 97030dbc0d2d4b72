using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The findings of one agreement computed now by <see cref="AgreementChecker"/> over all agreements of the same office
/// and year (so budget reconciliation sees the other officials' PKs): what its page shows and what submitting and
/// approving count.
/// </summary>
internal static class AgreementFindings
{
    public static async Task<IReadOnlyList<Finding>> ComputeAsync(KinerjaDbContext db, Agreement agreement, CancellationToken cancellationToken)
    {
        var others = await SameOfficeAndYear(db, agreement).Where(a => a.Id != agreement.Id).WithDetails().AsNoTracking().ToListAsync(cancellationToken);
        var checker = new AgreementChecker(await StoredCatalogue.LoadAsync(db, cancellationToken));
        return checker.Check([agreement, .. others])[agreement.Id];
    }

    /// <summary>The acknowledgement the actor gave for the agreement's Error findings as they are now.</summary>
    public static async Task<ErrorAcknowledgement> AcknowledgementAsync(KinerjaDbContext db, Agreement agreement, bool acknowledged, CancellationToken cancellationToken)
    {
        var findings = await ComputeAsync(db, agreement, cancellationToken);
        return new ErrorAcknowledgement(findings.Count(f => f.Severity == Severity.Error), acknowledged);
    }

    private static IQueryable<Agreement> SameOfficeAndYear(KinerjaDbContext db, Agreement agreement) =>
        agreement.OfficeId is { } officeId
            ? db.Agreements.Where(a => a.Year == agreement.Year && a.OfficeId == officeId)
            : db.Agreements.Where(a => a.Year == agreement.Year && a.Office == agreement.Office);
}
