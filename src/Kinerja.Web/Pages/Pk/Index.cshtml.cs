using System.ComponentModel.DataAnnotations;
using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Pk;

/// <summary>The agreements the user may read, by year, office, status and text, a page at a time.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class IndexModel(SearchAgreements searchAgreements, GetOrganisation getOrganisation) : PageModel
{
    /// <summary>The year as typed (shown again in the filter); <see cref="Year"/> is what it means.</summary>
    [BindProperty(SupportsGet = true, Name = QueryYear.Key)]
    public string? Tahun { get; set; }

    public int? Year { get; private set; }

    [BindProperty(SupportsGet = true, Name = "kantor")]
    [Display(Name = "Kantor")]
    public Guid? Kantor { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    [Display(Name = "Status")]
    public AgreementStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Cari { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    [Display(Name = "Halaman")]
    public int Halaman { get; set; } = 1;

    public Page<AgreementListItem> Results { get; private set; } = new([], 1, 25, 0);

    public IReadOnlyList<(Guid Id, string Name)> Offices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        Year = QueryYear.Read(ModelState, Tahun);
        Results = await searchAgreements.ExecuteAsync(actor, new AgreementSearch(Year, Kantor, null, Status, Cari, Halaman), cancellationToken);
        var organisation = await getOrganisation.ExecuteAsync(actor, cancellationToken);
        Offices = organisation.IsOk
            ? organisation.Value!.Offices.Select(o => (o.Id, o.Name)).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList()
            : [];
    }

    /// <summary>The query string of this search on another page.</summary>
    public string PageUrl(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["tahun"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["kantor"] = Kantor?.ToString(),
            ["status"] = Status?.ToString(),
            ["cari"] = Cari,
            ["halaman"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
