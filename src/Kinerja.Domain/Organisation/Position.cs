using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

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

    public Outcome Rename(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return Outcome.Fail(Messages.PositionTitleRequired);

        Title = OrganisationName.WithoutActingPrefix(title);
        return Outcome.Ok();
    }

    /// <summary>
    /// Sets the direct superior (null clears it). Refused when it would make a cycle: the superior, or one of its
    /// superiors in <paramref name="positions"/>, is this position.
    /// </summary>
    public Outcome SetSuperior(Position? superior, IEnumerable<Position> positions)
    {
        if (superior is null)
        {
            SuperiorId = null;
            return Outcome.Ok();
        }

        var byId = positions.ToDictionary(p => p.Id);
        byId[superior.Id] = superior;
        var seen = new HashSet<Guid>();
        for (Position? current = superior; current is not null && seen.Add(current.Id);)
        {
            if (current.Id == Id)
                return Outcome.Fail(RuleText.Format(Messages.SuperiorCycle, superior.Title, Title));
            current = current.SuperiorId is { } next ? byId.GetValueOrDefault(next) : null;
        }

        SuperiorId = superior.Id;
        return Outcome.Ok();
    }
}
