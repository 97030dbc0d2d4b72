using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Organisation;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages;

/// <summary>
/// The start page: what waits for the signed-in user (<see cref="Worklist"/>), the offices they follow (each with its
/// missing PKs), then the stored agreements by office, optionally of one year.
/// </summary>
public sealed class IndexModel(ListAgreements listAgreements, GetWorklist getWorklist, GetOrganisation getOrganisation) : PageModel
{
    public Worklist Worklist { get; private set; } = Worklist.Empty;

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
        var actor = User.ToActor();
        Year = QueryYear.Read(ModelState, Tahun);
        Worklist = await getWorklist.ExecuteAsync(actor, cancellationToken);
        var all = await listAgreements.ExecuteAsync(actor, null, cancellationToken);
        Years = all.Select(a => a.Year).Distinct().OrderDescending().ToList();
        Agreements = Year is null ? all : all.Where(a => a.Year == Year).ToList();
        if (User.Identity?.IsAuthenticated == true && await getOrganisation.ExecuteAsync(actor, cancellationToken) is { IsOk: true } organisation)
            FollowedOffices = organisation.Value!.Offices.Select(o => (o.Id, o.Name)).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
