using Kinerja.Domain.Common;

namespace Kinerja.Domain.Organisation;

/// <summary>An office (perangkat daerah or unit) of a region, e.g. "Kecamatan Kalaena".</summary>
public sealed class Office
{
    private Office()
    {
    }

    public Office(string name, Region region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        RegionId = region.Id;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; private set; } = string.Empty;

    public Guid RegionId { get; private set; }

    /// <summary>True when <paramref name="name"/> names this office, however it is spelled in case and spacing.</summary>
    public bool IsNamed(string name) =>
        string.Equals(OrganisationName.Key(Name), OrganisationName.Key(name), StringComparison.Ordinal);

    public Outcome Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return Outcome.Fail(Messages.OfficeNameRequired);

        Name = name.Trim();
        return Outcome.Ok();
    }
}
