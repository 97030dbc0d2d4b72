namespace Kinerja.Domain.Organisation;

/// <summary>
/// A position (jabatan) in an office, e.g. "CAMAT KALAENA", with its eselon when known and its direct superior's
/// position. An acting official (Plt.) holds the same position: the title is kept without the prefix.
/// </summary>
public sealed class Position
{
    private Position()
    {
    }

    public Position(string title, Office office, string? eselon = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = OrganisationName.WithoutActingPrefix(title);
        OfficeId = office.Id;
        Eselon = string.IsNullOrWhiteSpace(eselon) ? null : eselon.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Title { get; private set; } = string.Empty;

    /// <summary>The eselon, e.g. "III.a", when known.</summary>
    public string? Eselon { get; set; }

    public Guid OfficeId { get; private set; }

    /// <summary>The position of the direct superior, when known.</summary>
    public Guid? SuperiorId { get; private set; }

    /// <summary>True when <paramref name="title"/> names this position, with or without an acting prefix.</summary>
    public bool HasTitle(string title) =>
        string.Equals(OrganisationName.PositionKey(Title), OrganisationName.PositionKey(title), StringComparison.Ordinal);

    public void ReportTo(Position superior)
    {
        if (superior.Id == Id)
            throw new InvalidOperationException("A position cannot be its own superior.");
        SuperiorId = superior.Id;
    }
}
