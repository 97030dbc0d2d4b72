using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Import;

/// <summary>
/// Links an agreement to the organisation register inside the import's transaction, creating what is missing:
/// region and office by name, positions by title within the office (a head of region, e.g. the Bupati, in the
/// region's own office "Pemerintah ..."; "BUPATI" and "BUPATI LUWU TIMUR" are one position, see
/// <see cref="OrganisationName.PositionKeyIn"/>), the first party's position reporting to the second party's, and
/// people by valid NIP, else by name (titles, case and punctuation aside) among the people of the office and the
/// holders of the party's position, so that the Bupati signing PKs of several offices is one person. One instance per document: it caches what it has seen.
/// </summary>
internal sealed class OrganisationRegister(KinerjaDbContext db)
{
    private static readonly string[] RegionHeadTitles =
        ["bupati", "wakil bupati", "walikota", "wakil walikota", "wali kota", "wakil wali kota", "gubernur", "wakil gubernur"];

    private readonly Dictionary<Guid, List<Office>> officesByRegion = [];
    private readonly Dictionary<Guid, List<Position>> positionsByOffice = [];
    private readonly Dictionary<Guid, List<Person>> peopleByOffice = [];
    private readonly List<Person> peopleByNip = [];
    private readonly Dictionary<Guid, List<Assignment>> assignmentsByPosition = [];
    private List<Region>? regions;

    public async Task LinkAsync(Agreement agreement, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(agreement.Region) || string.IsNullOrWhiteSpace(agreement.Office))
            return;

        var region = await RegionAsync(agreement.Region, cancellationToken);
        var office = await OfficeAsync(region, agreement.Office, cancellationToken);
        agreement.LinkOffice(office.Id);

        var superior = await PositionAsync(region, office, agreement.SecondParty.Position, cancellationToken);
        var position = await PositionAsync(region, office, agreement.FirstParty.Position, cancellationToken);
        if (position is not null && superior is not null && position.SuperiorId is null && position.Id != superior.Id)
            position.ReportTo(superior);

        agreement.LinkParty(PartyRole.First, (await PersonAsync(office, position, agreement.FirstParty, cancellationToken))?.Id, position?.Id);
        agreement.LinkParty(PartyRole.Second, (await PersonAsync(office, superior, agreement.SecondParty, cancellationToken))?.Id, superior?.Id);

        var signedOn = agreement.SignedAt ?? new DateOnly(agreement.Year, 1, 1);
        await RecordHolderAsync(agreement.FirstParty, position, signedOn, cancellationToken);
        await RecordHolderAsync(agreement.SecondParty, superior, signedOn, cancellationToken);
    }

    /// <summary>
    /// A signed document shows who held the position on its date: when the register has no holder of the position
    /// on that date, the party becomes its holder from then on (Plt./Plh. as printed, else definitive), so that the
    /// next year's PK can be drawn up from the register.
    /// </summary>
    private async Task RecordHolderAsync(Party party, Position? position, DateOnly on, CancellationToken cancellationToken)
    {
        if (position is null || party.PersonId is not { } personId)
            return;
        var assignments = await AssignmentsOfAsync(position, cancellationToken);
        if (assignments.Any(a => a.Covers(on)))
            return;
        var kind = ActingKind(party.Position);
        var following = assignments.Where(a => a.From > on).Select(a => (DateOnly?)a.From).Min();
        var created = Assignment.Create(personId, position.Id, on, following?.AddDays(-1), kind);
        if (!created.Success)
            return;
        db.Assignments.Add(created.Value!);
        assignments.Add(created.Value!);
    }

    private static AssignmentKind ActingKind(string printedPosition)
    {
        var key = OrganisationName.Key(printedPosition);
        return key.StartsWith("plt ", StringComparison.Ordinal) ? AssignmentKind.Plt
            : key.StartsWith("plh ", StringComparison.Ordinal) ? AssignmentKind.Plh
            : AssignmentKind.Definitif;
    }

    private async Task<Region> RegionAsync(string name, CancellationToken cancellationToken)
    {
        regions ??= await db.Regions.ToListAsync(cancellationToken);
        var region = regions.FirstOrDefault(r => r.IsNamed(name));
        if (region is null)
        {
            region = new Region(name);
            db.Regions.Add(region);
            regions.Add(region);
        }

        return region;
    }

    private async Task<Office> OfficeAsync(Region region, string name, CancellationToken cancellationToken)
    {
        if (!officesByRegion.TryGetValue(region.Id, out var offices))
        {
            offices = await db.Offices.Where(o => o.RegionId == region.Id).ToListAsync(cancellationToken);
            officesByRegion[region.Id] = offices;
        }

        var office = offices.FirstOrDefault(o => o.IsNamed(name));
        if (office is null)
        {
            office = new Office(name, region);
            db.Offices.Add(office);
            offices.Add(office);
        }

        return office;
    }

    private async Task<Position?> PositionAsync(Region region, Office office, string title, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title))
            return null;

        var home = IsRegionHead(title) ? await OfficeAsync(region, "Pemerintah " + region.Name, cancellationToken) : office;
        if (!positionsByOffice.TryGetValue(home.Id, out var positions))
        {
            positions = await db.Positions.Where(p => p.OfficeId == home.Id).ToListAsync(cancellationToken);
            positionsByOffice[home.Id] = positions;
        }

        var key = OrganisationName.PositionKeyIn(title, region.Name);
        var position = positions.FirstOrDefault(p => p.HasTitle(title))
            ?? positions.FirstOrDefault(p => OrganisationName.PositionKeyIn(p.Title, region.Name) == key);
        if (position is null)
        {
            position = new Position(title, home);
            db.Positions.Add(position);
            positions.Add(position);
        }

        return position;
    }

    private async Task<Person?> PersonAsync(Office office, Position? position, Party party, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(party.Name))
            return null;

        var nip = Nip.Validate(party.Nip).Nip;
        if (nip is not null)
        {
            var byNip = peopleByNip.FirstOrDefault(p => p.Nip == nip.Digits)
                ?? await db.People.FirstOrDefaultAsync(p => p.Nip == nip.Digits, cancellationToken);
            if (byNip is not null)
            {
                Remember(byNip);
                return byNip;
            }
        }

        var people = await PeopleOfAsync(office, cancellationToken);
        var candidates = people.Concat(await HoldersOfAsync(position, cancellationToken));
        var byName = candidates.FirstOrDefault(p => p.IsNamed(party.Name) && (nip is null || p.Nip is null));
        if (byName is not null)
        {
            if (nip is not null)
                byName.SetNip(nip);
            Remember(byName);
            return byName;
        }

        var person = new Person(party.ParsedName, nip);
        db.People.Add(person);
        people.Add(person);
        Remember(person);
        return person;
    }

    /// <summary>The people who signed agreements of the office, as stored, and those created for it by this import.</summary>
    private async Task<List<Person>> PeopleOfAsync(Office office, CancellationToken cancellationToken)
    {
        if (peopleByOffice.TryGetValue(office.Id, out var people))
            return people;

        var parties = await db.Agreements
            .Where(a => a.OfficeId == office.Id)
            .Select(a => new { First = a.FirstParty.PersonId, Second = a.SecondParty.PersonId })
            .ToListAsync(cancellationToken);
        var ids = parties.SelectMany(p => new[] { p.First, p.Second }).OfType<Guid>().Distinct().ToList();
        people = await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        peopleByOffice[office.Id] = people;
        return people;
    }

    /// <summary>The people the register records as holding <paramref name="position"/> (stored, or added by this import).</summary>
    private async Task<List<Person>> HoldersOfAsync(Position? position, CancellationToken cancellationToken)
    {
        if (position is null)
            return [];
        var ids = (await AssignmentsOfAsync(position, cancellationToken)).Select(a => a.PersonId).ToHashSet();
        var known = db.People.Local.Where(p => ids.Contains(p.Id)).ToList();
        var missing = ids.Except(known.Select(p => p.Id)).ToList();
        if (missing.Count > 0)
            known.AddRange(await db.People.Where(p => missing.Contains(p.Id)).ToListAsync(cancellationToken));
        return known;
    }

    private async Task<List<Assignment>> AssignmentsOfAsync(Position position, CancellationToken cancellationToken)
    {
        if (!assignmentsByPosition.TryGetValue(position.Id, out var assignments))
        {
            assignments = await db.Assignments.Where(a => a.PositionId == position.Id).ToListAsync(cancellationToken);
            assignmentsByPosition[position.Id] = assignments;
        }

        return assignments;
    }

    private void Remember(Person person)
    {
        if (person.Nip is not null && !peopleByNip.Contains(person))
            peopleByNip.Add(person);
    }

    private static bool IsRegionHead(string title)
    {
        var key = OrganisationName.PositionKey(title);
        return RegionHeadTitles.Any(head => key == head || key.StartsWith(head + " ", StringComparison.Ordinal));
    }
}
