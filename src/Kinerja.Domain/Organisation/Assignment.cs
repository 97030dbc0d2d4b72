using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Organisation;

/// <summary>
/// A person holding a position over a period (mutasi): from <see cref="From"/> to <see cref="To"/>, both inclusive;
/// <see cref="To"/> null while it lasts. Plt. and Plh. holders sign with the prefix ("Plt. CAMAT KALAENA").
/// </summary>
public sealed class Assignment
{
    private Assignment()
    {
    }

    private Assignment(Guid personId, Guid positionId, DateOnly from, DateOnly? to, AssignmentKind kind)
    {
        PersonId = personId;
        PositionId = positionId;
        From = from;
        To = to;
        Kind = kind;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PersonId { get; private set; }

    public Guid PositionId { get; private set; }

    /// <summary>The first day, inclusive.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day, inclusive; null while the assignment lasts.</summary>
    public DateOnly? To { get; private set; }

    public AssignmentKind Kind { get; private set; }

    public static Outcome<Assignment> Create(Guid personId, Guid positionId, DateOnly from, DateOnly? to, AssignmentKind kind) =>
        PeriodError(from, to) is { } error
            ? Outcome<Assignment>.Fail(error)
            : Outcome<Assignment>.Ok(new Assignment(personId, positionId, from, to, kind));

    /// <summary>Corrects the period or the kind.</summary>
    public Outcome Change(DateOnly from, DateOnly? to, AssignmentKind kind)
    {
        if (PeriodError(from, to) is { } error)
            return Outcome.Fail(error);

        From = from;
        To = to;
        Kind = kind;
        return Outcome.Ok();
    }

    /// <summary>Moves the assignment to another record of the same person or position (a merge of duplicates).</summary>
    public void MoveTo(Guid personId, Guid positionId)
    {
        PersonId = personId;
        PositionId = positionId;
    }

    /// <summary>Widens the period to cover <paramref name="other"/> too: the same holding recorded twice.</summary>
    public void Absorb(Assignment other)
    {
        From = other.From < From ? other.From : From;
        To = To is null || other.To is null ? null : (other.To > To ? other.To : To);
    }

    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);

    public bool Overlaps(Assignment other) =>
        From <= (other.To ?? DateOnly.MaxValue) && other.From <= (To ?? DateOnly.MaxValue);

    /// <summary>The position's title as this holder signs: "CAMAT KALAENA", "Plt. CAMAT KALAENA", "Plh. CAMAT KALAENA".</summary>
    public string TitleAsPrinted(string positionTitle) => TitleAsPrinted(Kind, positionTitle);

    public static string TitleAsPrinted(AssignmentKind kind, string positionTitle)
    {
        var title = OrganisationName.WithoutActingPrefix(positionTitle);
        return kind switch
        {
            AssignmentKind.Plt => "Plt. " + title,
            AssignmentKind.Plh => "Plh. " + title,
            _ => title,
        };
    }

    /// <summary>"2 Januari 2025 s.d. 30 September 2025" or "sejak 1 Oktober 2025".</summary>
    public string PeriodText() =>
        To is { } to
            ? RuleText.Format(Messages.AssignmentPeriod, IndonesianDate.Format(From), IndonesianDate.Format(to))
            : RuleText.Format(Messages.AssignmentOpenEnded, IndonesianDate.Format(From));

    private static string? PeriodError(DateOnly from, DateOnly? to) =>
        to is { } end && end < from
            ? RuleText.Format(Messages.AssignmentEndsBeforeStart, IndonesianDate.Format(from), IndonesianDate.Format(end))
            : null;
}
