using Kinerja.Domain.Common;
using Kinerja.Domain.People;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Organisation;

/// <summary>
/// Merging a record the register holds twice (one person spelled two ways, one position imported twice) into the
/// record kept: the assignments move to it; the same holding recorded on both becomes one assignment; refused when
/// the result breaks a rule of the register. Pure: the caller passes the records, deletes the merged one and the
/// assignments returned, and moves its other references (agreement parties, user accounts).
/// </summary>
public static class RegisterMerge
{
    /// <summary>
    /// Merges <paramref name="merged"/> into <paramref name="kept"/>: its assignments (among <paramref name="assignments"/>,
    /// which hold every assignment of the positions concerned) and its NIP when the kept record has none. Returns the
    /// assignments that became duplicates, to delete.
    /// </summary>
    public static Outcome<IReadOnlyList<Assignment>> People(
        Person kept, Person merged, IReadOnlyList<Assignment> assignments, Func<Guid, string> positionTitle)
    {
        if (kept.Id == merged.Id)
            return Outcome<IReadOnlyList<Assignment>>.Fail(Messages.MergeSamePerson);
        if (kept.Nip is { } keptNip && merged.Nip is { } mergedNip && keptNip != mergedNip)
        {
            return Outcome<IReadOnlyList<Assignment>>.Fail(
                RuleText.Format(Messages.MergeNipsDiffer, kept.PrintedName, Grouped(keptNip), merged.PrintedName, Grouped(mergedNip)));
        }

        var moved = new HashSet<Guid>();
        foreach (var assignment in assignments.Where(a => a.PersonId == merged.Id))
        {
            assignment.MoveTo(kept.Id, assignment.PositionId);
            moved.Add(assignment.Id);
        }

        var removed = CombineDuplicates(assignments, moved);
        var errors = AssignmentRegister.Validate(assignments.Except(removed), positionTitle);
        if (errors.Count > 0)
            return Outcome<IReadOnlyList<Assignment>>.Fail(errors);

        if (kept.Nip is null && merged.Nip is { } nip)
        {
            merged.ChangeNip(null);
            kept.SetNip(Nip.Validate(nip).Nip!);
        }

        return Outcome<IReadOnlyList<Assignment>>.Ok(removed);
    }

    /// <summary>
    /// Merges <paramref name="merged"/> into <paramref name="kept"/>, both of one office: its assignments, the positions
    /// reporting to it (now to the kept one), its superior and eselon when the kept record has none.
    /// <paramref name="positions"/> holds the positions of the register; <paramref name="assignments"/> every
    /// assignment of the two. Returns the assignments that became duplicates, to delete.
    /// </summary>
    public static Outcome<IReadOnlyList<Assignment>> Positions(
        Position kept, Position merged, IReadOnlyList<Position> positions, IReadOnlyList<Assignment> assignments)
    {
        if (kept.Id == merged.Id)
            return Outcome<IReadOnlyList<Assignment>>.Fail(Messages.MergeSamePosition);
        if (kept.OfficeId != merged.OfficeId)
            return Outcome<IReadOnlyList<Assignment>>.Fail(RuleText.Format(Messages.MergePositionsOtherOffice, kept.Title, merged.Title));

        var others = positions.Where(p => p.Id != merged.Id).ToList();
        var byId = others.ToDictionary(p => p.Id);
        var errors = new List<string>();
        if (kept.SuperiorId == merged.Id || (kept.SuperiorId is null && merged.SuperiorId is not null))
        {
            var superior = merged.SuperiorId is { } id && id != kept.Id ? byId.GetValueOrDefault(id) : null;
            errors.AddRange(kept.SetSuperior(superior, others).Errors);
        }

        foreach (var child in others.Where(p => p.SuperiorId == merged.Id))
            errors.AddRange(child.SetSuperior(kept, others).Errors);
        kept.Eselon ??= merged.Eselon;

        var moved = new HashSet<Guid>();
        foreach (var assignment in assignments.Where(a => a.PositionId == merged.Id))
        {
            assignment.MoveTo(assignment.PersonId, kept.Id);
            moved.Add(assignment.Id);
        }

        var removed = CombineDuplicates(assignments, moved);
        errors.AddRange(AssignmentRegister.Validate(assignments.Except(removed), id => byId.GetValueOrDefault(id)?.Title ?? kept.Title));
        return errors.Count > 0 ? Outcome<IReadOnlyList<Assignment>>.Fail(errors) : Outcome<IReadOnlyList<Assignment>>.Ok(removed);
    }

    /// <summary>
    /// One holding recorded on both records (same person, position and kind, overlapping periods, one of them moved)
    /// becomes one assignment covering both periods; returns the assignments absorbed.
    /// </summary>
    private static List<Assignment> CombineDuplicates(IReadOnlyList<Assignment> assignments, HashSet<Guid> moved)
    {
        var removed = new List<Assignment>();
        foreach (var holding in assignments.GroupBy(a => (a.PersonId, a.PositionId, a.Kind)))
        {
            var kept = new List<Assignment>();
            foreach (var assignment in holding.OrderBy(a => a.From))
            {
                var same = kept.FirstOrDefault(k => (moved.Contains(k.Id) || moved.Contains(assignment.Id)) && k.Overlaps(assignment));
                if (same is null)
                {
                    kept.Add(assignment);
                    continue;
                }

                same.Absorb(assignment);
                removed.Add(assignment);
            }
        }

        return removed;
    }

    private static string Grouped(string digits) => Nip.Validate(digits).Nip?.Grouped ?? digits;
}
