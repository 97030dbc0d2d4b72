using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// One side of an agreement as it was signed: the name as printed (titles included, kept apart too), the
/// NIP and the position. <see cref="Nip"/> holds the 18 digits when valid; <see cref="NipAsPrinted"/>
/// keeps what the document said.
/// </summary>
public sealed class Party
{
    private Party()
    {
    }

    public Party(string printedName, string position, string? nipAsPrinted, int? sourceLine = null)
    {
        var name = PersonName.Parse(printedName);
        // As printed: only the bold markers of the extraction and the surrounding spaces go.
        PrintedName = printedName.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        FrontTitles = name.FrontTitles;
        Name = name.Name;
        BackTitles = name.BackTitles;
        Position = position.Trim();
        NipAsPrinted = string.IsNullOrWhiteSpace(nipAsPrinted) ? null : nipAsPrinted.Trim();
        Nip = People.Nip.Validate(NipAsPrinted).Nip?.Digits;
        SourceLine = sourceLine;
    }

    public string PrintedName { get; private set; } = string.Empty;

    public string FrontTitles { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string BackTitles { get; private set; } = string.Empty;

    /// <summary>The 18 digits of a valid NIP, or null.</summary>
    public string? Nip { get; private set; }

    /// <summary>The NIP as the document printed it, or null when it printed none.</summary>
    public string? NipAsPrinted { get; private set; }

    /// <summary>The jabatan as printed, e.g. "CAMAT KALAENA" or "Plt. CAMAT KALAENA".</summary>
    public string Position { get; private set; } = string.Empty;

    /// <summary>The person in the organisation register, once linked.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The position in the organisation register, once linked.</summary>
    public Guid? PositionId { get; private set; }

    public int? SourceLine { get; private set; }

    public PersonName ParsedName => new(PrintedName, FrontTitles, Name, BackTitles);

    /// <summary>The NIP for the interchange format: the valid digits, else the digits as printed, else null.</summary>
    public string? NipForExchange => Nip ?? People.Nip.DigitsOf(NipAsPrinted);

    /// <summary>
    /// The party a holder of <paramref name="position"/> signs as: the name with titles as printed, the NIP grouped
    /// as documents print it, and the title with Plt./Plh. for an acting holder; linked to the register.
    /// </summary>
    public static Party Of(Person person, Position position, AssignmentKind kind)
    {
        var nip = person.Nip is null ? null : People.Nip.Validate(person.Nip).Nip?.Grouped ?? person.Nip;
        return new Party(person.PrintedName, Assignment.TitleAsPrinted(kind, position.Title), nip).LinkedTo(person.Id, position.Id);
    }

    /// <summary>A new party linked to the organisation register (the person and the position), for building.</summary>
    public static Party Linked(string printedName, string position, string? nipAsPrinted, Guid? personId, Guid? positionId) =>
        new Party(printedName, position, nipAsPrinted).LinkedTo(personId, positionId);

    /// <summary>This party linked to the organisation register (the person and the position), for building.</summary>
    internal Party LinkedTo(Guid? personId, Guid? positionId)
    {
        PersonId = personId;
        PositionId = positionId;
        return this;
    }
}
