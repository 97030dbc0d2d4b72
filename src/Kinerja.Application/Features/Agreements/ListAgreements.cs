using Kinerja.Domain.Access;
using Kinerja.Domain.Findings;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The stored agreements that the actor may read, as summaries (the web start page): newest year first,
/// then by office and kind. The public reads the published ones.
/// </summary>
public sealed class ListAgreements(KinerjaDbContext db)
{
    public async Task<IReadOnlyList<AgreementSummary>> ExecuteAsync(Actor actor, int? year = null, CancellationToken cancellationToken = default)
    {
        var agreements = db.Agreements.AsNoTracking().Where(AgreementAccess.ReadableBy(actor));
        if (year is not null)
            agreements = agreements.Where(a => a.Year == year);

        return await agreements
            .OrderByDescending(a => a.Year)
            .ThenBy(a => a.Region)
            .ThenBy(a => a.Office)
            .ThenBy(a => a.Kind)
            .ThenBy(a => a.SignedAt)
            .ThenBy(a => a.FirstParty.Position)
            .Select(a => new AgreementSummary(
                a.Id,
                a.Year,
                a.Kind,
                a.Office,
                a.Region,
                a.FirstParty.PrintedName,
                a.FirstParty.Position,
                a.SecondParty.PrintedName,
                a.SecondParty.Position,
                a.SignedAt,
                a.SupersedesId,
                db.Findings.Count(f => f.AgreementId == a.Id && f.Severity == Severity.Error),
                db.Findings.Count(f => f.AgreementId == a.Id && f.Severity == Severity.Warning),
                db.Findings.Count(f => f.AgreementId == a.Id && f.Severity == Severity.Info),
                a.OfficeId))
            .ToListAsync(cancellationToken);
    }
}
