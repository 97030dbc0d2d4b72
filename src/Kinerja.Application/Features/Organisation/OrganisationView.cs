using Kinerja.Domain.Organisation;

namespace Kinerja.Application.Features.Organisation;

/// <summary>The organisation register as the actor may see it (untracked): regions, offices, positions, people, assignments.</summary>
public sealed record OrganisationView(
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Office> Offices,
    IReadOnlyList<Position> Positions,
    IReadOnlyList<Person> People,
    IReadOnlyList<Assignment> Assignments)
{
    /// <summary>The region a form preselects: the only one, when the register holds a single region.</summary>
    public Guid? SoleRegionId => Regions.Count == 1 ? Regions[0].Id : null;

    public string? RegionName(Guid? regionId) => Regions.FirstOrDefault(r => r.Id == regionId)?.Name;
}
