using System.Collections.Concurrent;
using Kinerja.Application.Features.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Agreements;

/// <summary>
/// The findings of stored agreements, the one source of the findings every page shows (the PK page, the start page)
/// and of what submitting and approving count, for a PK drawn up in the application as for an imported one:
/// <list type="bullet">
/// <item>the findings of the reading, which no later check can reproduce (text the reader could not place), stored at
/// import (<see cref="StoredFinding"/>), first;</item>
/// <item>then the rules of <see cref="AgreementChecker"/>, run over all agreements of the same office and year (so
/// budget reconciliation sees the other officials' PKs).</item>
/// </list>
/// Computed once per office and year and kept in <see cref="FindingsCache"/> under the database's
/// <see cref="ChangeStamp.FindingsKey"/> stamp, which every save of an agreement, a stored finding or the catalogue renews:
/// an edit anywhere (in this instance or another one sharing the database) is seen by the next request.
/// </summary>
public sealed class AgreementFindings(KinerjaDbContext db, FindingsCache cache)
{
    /// <summary>
    /// The findings of <paramref name="agreement"/>, checked with the agreements of its group: the same year and the
    /// same registered office, or, for one not linked to the register, the same office name among the unlinked ones.
    /// </summary>
    public Task<IReadOnlyList<Finding>> OfAsync(Agreement agreement, CancellationToken cancellationToken) =>
        OfAsync(agreement, null, cancellationToken);

    /// <summary>As above, with the change stamp when the caller has just read it (one round trip less).</summary>
    public async Task<IReadOnlyList<Finding>> OfAsync(Agreement agreement, Guid? stamp, CancellationToken cancellationToken)
    {
        var group = OfficeYear.Of(agreement.Year, agreement.OfficeId, agreement.Office);
        var findings = await OfGroupsAsync([group], stamp, cancellationToken);
        return findings.TryGetValue(agreement.Id, out var list) ? list : [];
    }

    /// <summary>The acknowledgement the actor gave for the agreement's Error findings as they are now (submit, approve).</summary>
    public async Task<ErrorAcknowledgement> AcknowledgementAsync(Agreement agreement, bool acknowledged, CancellationToken cancellationToken)
    {
        var findings = await OfAsync(agreement, cancellationToken);
        return new ErrorAcknowledgement(findings.Count(f => f.Severity == Severity.Error), acknowledged);
    }

    /// <summary>The findings of every stored agreement of the <paramref name="groups"/>, keyed by agreement id.</summary>
    public Task<IReadOnlyDictionary<Guid, IReadOnlyList<Finding>>> OfGroupsAsync(
        IReadOnlyCollection<OfficeYear> groups, CancellationToken cancellationToken) =>
        OfGroupsAsync(groups, null, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Finding>>> OfGroupsAsync(
        IReadOnlyCollection<OfficeYear> groups, Guid? readStamp, CancellationToken cancellationToken)
    {
        // The stamp first: data read after it is at least as new, so a result is never kept under a newer stamp.
        var stamp = readStamp ?? await db.FindingsStampAsync(cancellationToken);
        var findings = new Dictionary<Guid, IReadOnlyList<Finding>>();
        var missing = new List<OfficeYear>();
        foreach (var group in groups.Distinct())
        {
            if (cache.TryGet(group, stamp, out var cached))
                Add(findings, cached);
            else
                missing.Add(group);
        }

        if (missing.Count == 0)
            return findings;

        foreach (var (group, computed) in await ComputeAsync(missing, cancellationToken))
        {
            cache.Set(group, stamp, computed);
            Add(findings, computed);
        }

        return findings;
    }

    private async Task<IEnumerable<(OfficeYear Group, IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> Findings)>> ComputeAsync(
        List<OfficeYear> groups, CancellationToken cancellationToken)
    {
        var years = groups.Select(g => g.Year).Distinct().ToList();
        var wanted = groups.ToHashSet();
        var agreements = (await db.Agreements.AsNoTracking().Where(a => years.Contains(a.Year)).WithDetails().ToListAsync(cancellationToken))
            .Where(a => wanted.Contains(OfficeYear.Of(a.Year, a.OfficeId, a.Office)))
            .ToList();
        var ids = agreements.Select(a => a.Id).ToList();
        var stored = (await db.Findings.AsNoTracking().Where(f => ids.Contains(f.AgreementId)).ToListAsync(cancellationToken))
            .ToLookup(f => f.AgreementId);
        var checker = new AgreementChecker(await StoredCatalogue.LoadAsync(db, cancellationToken));
        var byGroup = agreements.ToLookup(a => OfficeYear.Of(a.Year, a.OfficeId, a.Office));
        return groups.Select(group =>
        {
            var members = byGroup[group].ToList();
            var rules = members.Count > 0 ? checker.Check(members) : new Dictionary<Guid, IReadOnlyList<Finding>>();
            IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> findings = members.ToDictionary(
                a => a.Id,
                a => (IReadOnlyList<Finding>)[
                    .. stored[a.Id].OrderBy(f => f.Ordinal).Select(f => f.ToFinding()),
                    .. rules.TryGetValue(a.Id, out var list) ? list : []]);
            return (group, findings);
        });
    }

    private static void Add(Dictionary<Guid, IReadOnlyList<Finding>> findings, IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> group)
    {
        foreach (var (id, list) in group)
            findings[id] = list;
    }
}

/// <summary>
/// The agreements checked together: one year of a registered office, or, for agreements not linked to the register,
/// one year of the same office name.
/// </summary>
public readonly record struct OfficeYear(int Year, Guid? OfficeId, string? OfficeName)
{
    public static OfficeYear Of(int year, Guid? officeId, string office) => new(year, officeId, officeId is null ? office : null);
}

/// <summary>
/// The findings of each office and year as last computed, and the agreements as last read for display, each with the
/// <see cref="ChangeStamp"/> it was made at; one per application (a singleton). An entry of another stamp is made anew.
/// The agreements kept are shared between requests: read only (the use cases that change one load it tracked).
/// </summary>
public sealed class FindingsCache
{
    private readonly ConcurrentDictionary<OfficeYear, (Guid Stamp, IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> Findings)> entries = new();
    private const int MaxAgreements = 2048;

    private readonly ConcurrentDictionary<Guid, (Guid Stamp, Agreement Agreement)> agreements = new();

    internal bool TryGetAgreement(Guid id, Guid stamp, out Agreement agreement)
    {
        if (agreements.TryGetValue(id, out var entry) && entry.Stamp == stamp)
        {
            agreement = entry.Agreement;
            return true;
        }

        agreement = null!;
        return false;
    }

    internal void SetAgreement(Guid stamp, Agreement agreement)
    {
        foreach (var (key, value) in agreements)
        {
            if (value.Stamp != stamp)
                agreements.TryRemove(KeyValuePair.Create(key, value));
        }

        // Bounded: between two edits a large region could otherwise keep every agreement it ever showed in memory.
        if (agreements.Count >= MaxAgreements)
            agreements.Clear();
        agreements[agreement.Id] = (stamp, agreement);
    }

    internal bool TryGet(OfficeYear group, Guid stamp, out IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> findings)
    {
        if (entries.TryGetValue(group, out var entry) && entry.Stamp == stamp)
        {
            findings = entry.Findings;
            return true;
        }

        findings = null!;
        return false;
    }

    internal void Set(OfficeYear group, Guid stamp, IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> findings)
    {
        // Entries of older stamps are dead weight once the stamp moves on: drop them rather than let them pile up.
        if (entries.Values.Any(e => e.Stamp != stamp))
        {
            foreach (var (key, value) in entries)
            {
                if (value.Stamp != stamp)
                    entries.TryRemove(KeyValuePair.Create(key, value));
            }
        }

        entries[group] = (stamp, findings);
    }
}
