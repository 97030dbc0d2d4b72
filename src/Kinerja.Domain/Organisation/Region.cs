namespace Kinerja.Domain.Organisation;

/// <summary>A region (daerah): a kabupaten, kota or provinsi, e.g. "Kabupaten Luwu Timur".</summary>
public sealed class Region
{
    private Region()
    {
    }

    public Region(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; private set; } = string.Empty;

    /// <summary>True when <paramref name="name"/> names this region, however it is spelled in case and spacing.</summary>
    public bool IsNamed(string name) =>
        string.Equals(OrganisationName.Key(Name), OrganisationName.Key(name), StringComparison.Ordinal);
}
