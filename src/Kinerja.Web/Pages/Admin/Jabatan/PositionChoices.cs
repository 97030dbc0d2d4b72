using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Kinerja.Web.Pages.Admin.Jabatan;

/// <summary>Positions as the administrator's pages show them: with their office, and who holds them on a date.</summary>
public static class PositionChoices
{
    /// <summary>Every position as "CAMAT KALAENA – Kecamatan Kalaena", for the superior choice.</summary>
    public static IReadOnlyList<SelectListItem> Superiors(OrganisationView organisation, Guid? except = null) =>
        organisation.Positions
            .Where(p => p.Id != except)
            .Select(p => new SelectListItem(p.Title + " – " + OfficeName(organisation, p.OfficeId), p.Id.ToString()))
            .OrderBy(i => i.Text, StringComparer.Ordinal)
            .ToList();

    /// <summary>The other positions of <paramref name="position"/>'s office, for a merge into it.</summary>
    public static IReadOnlyList<SelectListItem> SameOffice(OrganisationView organisation, Position position) =>
        organisation.Positions
            .Where(p => p.OfficeId == position.OfficeId && p.Id != position.Id)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString()))
            .OrderBy(i => i.Text, StringComparer.Ordinal)
            .ToList();

    public static string OfficeName(OrganisationView organisation, Guid officeId) =>
        organisation.Offices.FirstOrDefault(o => o.Id == officeId)?.Name ?? string.Empty;

    public static string? Title(OrganisationView organisation, Guid? positionId) =>
        positionId is { } id ? organisation.Positions.FirstOrDefault(p => p.Id == id)?.Title : null;

    /// <summary>The holder on <paramref name="date"/> and how the position prints for them ("Plt. CAMAT KALAENA").</summary>
    public static (Person Person, string PrintedTitle)? Holder(OrganisationView organisation, Position position, DateOnly date) =>
        AssignmentRegister.HolderOf(organisation.Assignments, position.Id, date) is { } assignment
        && organisation.People.FirstOrDefault(p => p.Id == assignment.PersonId) is { } person
            ? (person, assignment.TitleAsPrinted(position.Title))
            : null;
}
