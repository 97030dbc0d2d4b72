using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Kinerja.Web.Pages.Admin;

/// <summary>The choices of the administrator's forms (roles, offices, people, positions, assignment kinds), in Indonesian.</summary>
public static class AdminChoices
{
    public static IReadOnlyList<SelectListItem> Roles() =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(Display.Role(r), r.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Offices(OrganisationView organisation) =>
        organisation.Offices.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> People(OrganisationView organisation) =>
        organisation.People.Select(p => new SelectListItem(Display.PersonLabel(p), p.Id.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Kinds() =>
        Enum.GetValues<Domain.Organisation.AssignmentKind>().Select(k => new SelectListItem(Display.AssignmentKind(k), k.ToString())).ToList();
}
