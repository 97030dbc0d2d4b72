using Kinerja.Application.Features.Agreements;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages;

/// <summary>The start page: what waits for the signed-in user (<see cref="Worklist"/>), then the stored agreements by office, optionally of one year.</summary>
public sealed class IndexModel(ListAgreements listAgreements, GetWorklist getWorklist) : PageModel
{
    public Worklist Worklist { get; private set; } = Worklist.Empty;

    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Year { get; set; }

    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>True when the database holds no agreement at all (not just none of the chosen year).</summary>
    public bool DatabaseEmpty => Years.Count == 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        Worklist = await getWorklist.ExecuteAsync(actor, cancellationToken);
        var all = await listAgreements.ExecuteAsync(actor, null, cancellationToken);
        Years = all.Select(a => a.Year).Distinct().OrderDescending().ToList();
        Agreements = Year is null ? all : all.Where(a => a.Year == Year).ToList();
    }
}
