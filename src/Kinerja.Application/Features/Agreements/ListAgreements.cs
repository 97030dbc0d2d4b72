using Kinerja.Domain.Access;
using Kinerja.Domain.Findings;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The stored agreements that the actor may read, as summaries (the web start page): newest year first,
/// then by office and kind, with the number of their findings by severity as the PK page shows them
/// (<see cref="AgreementFindings"/>). The public reads the published ones.
/// </summary>
public sealed class ListAgreements(KinerjaDbContext db, FindingsCache? findingsCache = null)
{
    public async Task<IReadOnlyList<AgreementSummary>> ExecuteAsync(Actor actor, int? year = null, CancellationToken cancellationToken = default)
    {
        var agreements = db.Agreements.AsNoTracking().Where(AgreementAccess.ReadableBy(actor));
        if (year is not null)
            agreements = agreements.Where(a => a.Year == year);

        var summaries = await agreements
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
                0,
                0,
                0,
                a.OfficeId))
            .ToListAsync(cancellationToken);
        if (summaries.Count == 0)
            return summaries;

        var findings = await new AgreementFindings(db, findingsCache ?? new FindingsCache())
            .OfGroupsAsync(summaries.Select(s => OfficeYear.Of(s.Year, s.OfficeId, s.Office)).ToHashSet(), cancellationToken);
        return summaries.Select(s => findings.TryGetValue(s.Id, out var list) ? s with
        {
            Errors = Count(list, Severity.Error),
            Warnings = Count(list, Severity.Warning),
            Infos = Count(list, Severity.Info),
        } : s).ToList();
    }

    private static int Count(IReadOnlyList<Finding> findings, Severity severity) => findings.Count(f => f.Severity == severity);
}
