using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Organisation;

/// <summary>Questions over the assignments of people to positions (pure: the caller passes the assignments).</summary>
public static class AssignmentRegister
{
    /// <summary>
    /// Who holds <paramref name="positionId"/> on <paramref name="date"/>. An acting holder stands in for the
    /// definitive one while the acting assignment lasts: Plh. before Plt. before Definitif; among the same kind the
    /// latest started wins. Null when the position is vacant.
    /// </summary>
    public static Assignment? HolderOf(IEnumerable<Assignment> assignments, Guid positionId, DateOnly date) =>
        assignments
            .Where(a => a.PositionId == positionId && a.Covers(date))
            .OrderBy(a => Precedence(a.Kind))
            .ThenByDescending(a => a.From)
            .FirstOrDefault();

    /// <summary>
    /// The problems of a set of assignments, in Indonesian: two definitive assignments of one position that overlap
    /// (one definitive holder at a time). <paramref name="positionTitle"/> names a position for the message.
    /// </summary>
    public static IReadOnlyList<string> Validate(IEnumerable<Assignment> assignments, Func<Guid, string> positionTitle)
    {
        var errors = new List<string>();
        foreach (var position in assignments.Where(a => a.Kind == AssignmentKind.Definitif).GroupBy(a => a.PositionId))
        {
            var ordered = position.OrderBy(a => a.From).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count; j++)
                {
                    if (ordered[i].Overlaps(ordered[j]))
                        errors.Add(RuleText.Format(Messages.AssignmentsOverlap, positionTitle(position.Key), ordered[i].PeriodText(), ordered[j].PeriodText()));
                }
            }
        }

        return errors;
    }

    private static int Precedence(AssignmentKind kind) => kind switch
    {
        AssignmentKind.Plh => 0,
        AssignmentKind.Plt => 1,
        _ => 2,
    };
}
