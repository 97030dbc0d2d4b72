using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages;

/// <summary>The start page: the stored agreements by office, optionally of one year.</summary>
public sealed class IndexModel(ListAgreements listAgreements, GetOrganisation getOrganisation) : PageModel
{
    [BindProperty(SupportsGet = true, Name = QueryYear.Key)]
    public string? Tahun { get; set; }

    public int? Year { get; private set; }

    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>
    /// The offices whose unsigned PKs the signed-in user follows (all for the administrator and the evaluator, their own
    /// for an operator or official), each linked to "PK belum ditandatangani" even when it has no PK at all.
    /// </summary>
    public IReadOnlyList<(Guid Id, string Name)> FollowedOffices { get; private set; } = [];

    /// <summary>True when the database holds no agreement at all (not just none of the chosen year).</summary>
    public bool DatabaseEmpty => Years.Count == 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Year = QueryYear.Read(ModelState, Tahun);
        var all = await listAgreements.ExecuteAsync(User.ToActor(), null, cancellationToken);
        Years = all.Select(a => a.Year).Distinct().OrderDescending().ToList();
        Agreements = Year is null ? all : all.Where(a => a.Year == Year).ToList();
        if (User.Identity?.IsAuthenticated == true && await getOrganisation.ExecuteAsync(User.ToActor(), cancellationToken) is { IsOk: true } organisation)
            FollowedOffices = organisation.Value!.Offices.Select(o => (o.Id, o.Name)).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
