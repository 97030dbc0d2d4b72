using Kinerja.Domain.Organisation;

namespace Kinerja.Application.Features.Organisation;

/// <summary>The organisation register as the actor may see it (untracked): regions, offices, positions, people, assignments.</summary>
public sealed record OrganisationView(
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Office> Offices,
    IReadOnlyList<Position> Positions,
    IReadOnlyList<Person> People,
    IReadOnlyList<Assignment> Assignments);
