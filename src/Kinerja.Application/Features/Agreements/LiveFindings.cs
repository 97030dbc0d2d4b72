using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The findings of stored agreements, computed live by <see cref="AgreementChecker"/> over all agreements of the same
/// office and year (so budget reconciliation sees the other officials' PKs): the one source of the findings every
/// page shows, for a PK drawn up in the application as for an imported one, and what submitting and approving count.
/// </summary>
internal static class LiveFindings
{
    /// <summary>
    /// The findings of <paramref name="agreement"/> (loaded with its details), checked with the agreements of its group:
    /// the same year and the same registered office, or, for one not linked to the register, the same office name among
    /// the unlinked ones; the grouping of <see cref="OfYearsAsync"/>, so the start page and the PK page agree.
    /// </summary>
    public static async Task<IReadOnlyList<Finding>> OfAsync(KinerjaDbContext db, Agreement agreement, CancellationToken cancellationToken)
    {
        var sameGroup = agreement.OfficeId is { } officeId
            ? db.Agreements.Where(a => a.Year == agreement.Year && a.OfficeId == officeId)
            : db.Agreements.Where(a => a.Year == agreement.Year && a.OfficeId == null && a.Office == agreement.Office);
        var others = await sameGroup.Where(a => a.Id != agreement.Id).WithDetails().AsNoTracking().ToListAsync(cancellationToken);
        var checker = new AgreementChecker(await StoredCatalogue.LoadAsync(db, cancellationToken));
        return checker.Check([agreement, .. others])[agreement.Id];
    }

    /// <summary>The acknowledgement the actor gave for the agreement's Error findings as they are now (submit, approve).</summary>
    public static async Task<ErrorAcknowledgement> AcknowledgementAsync(KinerjaDbContext db, Agreement agreement, bool acknowledged, CancellationToken cancellationToken)
    {
        var findings = await OfAsync(db, agreement, cancellationToken);
        return new ErrorAcknowledgement(findings.Count(f => f.Severity == Severity.Error), acknowledged);
    }

    /// <summary>The findings of every stored agreement of <paramref name="years"/>, keyed by agreement id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Finding>>> OfYearsAsync(
        KinerjaDbContext db, IReadOnlyCollection<int> years, CancellationToken cancellationToken)
    {
        var agreements = await db.Agreements.Where(a => years.Contains(a.Year)).WithDetails().AsNoTracking().ToListAsync(cancellationToken);
        var checker = new AgreementChecker(await StoredCatalogue.LoadAsync(db, cancellationToken));
        var findings = new Dictionary<Guid, IReadOnlyList<Finding>>();
        foreach (var group in agreements.GroupBy(a => (a.OfficeId, Office: a.OfficeId is null ? a.Office : null, a.Year)))
        {
            foreach (var (id, list) in checker.Check(group.ToList()))
                findings[id] = list;
        }

        return findings;
    }
}
