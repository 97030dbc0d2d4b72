using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// Starts the PK of a position for a year: Pihak Pertama is who holds the position on <c>on</c>, Pihak Kedua who
/// holds its direct superior's position then (DOMAIN.md §2), each as <see cref="Party.Of"/> prints them. Pure: the
/// caller passes the register's data.
/// </summary>
public static class AgreementDraft
{
    public static Outcome<Agreement> Create(
        int year,
        Position position,
        Office office,
        Region region,
        IEnumerable<Position> positions,
        IEnumerable<Person> people,
        IEnumerable<Assignment> assignments,
        DateOnly on)
    {
        var allAssignments = assignments.ToList();
        if (position.SuperiorId is not { } superiorId || positions.FirstOrDefault(p => p.Id == superiorId) is not { } superior)
            return Outcome<Agreement>.Fail(RuleText.Format(Messages.PositionHasNoSuperior, position.Title));

        var peopleById = people.ToDictionary(p => p.Id);
        var errors = new List<string>();
        var first = PartyOf(position, allAssignments, peopleById, on, errors);
        var second = PartyOf(superior, allAssignments, peopleById, on, errors);
        if (first is null || second is null)
            return Outcome<Agreement>.Fail(errors);

        var agreement = new Agreement(year, AgreementKind.Awal, office.Name, region.Name, first, second);
        agreement.LinkOffice(office.Id);
        return Outcome<Agreement>.Ok(agreement);
    }

    private static Party? PartyOf(Position position, List<Assignment> assignments, Dictionary<Guid, Person> people, DateOnly on, List<string> errors)
    {
        if (AssignmentRegister.HolderOf(assignments, position.Id, on) is not { } holder)
        {
            errors.Add(RuleText.Format(Messages.PositionVacant, position.Title, IndonesianDate.Format(on)));
            return null;
        }

        if (!people.TryGetValue(holder.PersonId, out var person))
        {
            errors.Add(RuleText.Format(Messages.PersonUnknown, position.Title));
            return null;
        }

        return Party.Of(person, position, holder.Kind);
    }
}
