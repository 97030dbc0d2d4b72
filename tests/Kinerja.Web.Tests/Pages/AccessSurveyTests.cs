using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages;

/// <summary>
/// Every page of the application (its routes read from the running application, so a new page is surveyed too), for
/// every role, with the route's ids taken from another office or unknown: one answer per kind of refusal. Signed in
/// but not allowed: 403 with the application's Indonesian page; data the visitor may not read: 404; anonymous on a
/// page for signed-in users: the sign-in page. Never a 200 page that says "Akses ditolak", never a redirect to it.
/// </summary>
public class AccessSurveyTests : IAsyncLifetime
{
    private static readonly string[] NotSurveyed = ["/Status/{code:int}", "/keluar", "/masuk", "/persiapan", "/Error"];

    private KinerjaWebFactory factory = null!;
    private Guid mangkutana;
    private Guid mangkutanaDraft;
    private Guid mangkutanaPosition;

    public enum Who
    {
        Anonymous,
        OperatorKalaena,
        CamatKalaena,
        Evaluator,
        Administrator,
    }

    public async Task InitializeAsync()
    {
        factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        mangkutana = await AdminSite.OfficeIdAsync(factory, SampleRecords.Mangkutana);
        var published = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Mangkutana, "CAMAT");
        mangkutanaPosition = published.FirstParty.PositionId!.Value;
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Mangkutana);
        var amend = await HtmlForm.LoadAsync(operatorClient, $"/pk/{published.Id}/perubahan");
        var amended = await amend.Set("Alasan", nameof(AmendmentReason.PerubahanPrioritas)).Set("Penjelasan", "Uji").PostAsync(operatorClient);
        mangkutanaDraft = Guid.Parse(amended.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.OperatorKalaena)]
    [InlineData(Who.CamatKalaena)]
    [InlineData(Who.Evaluator)]
    [InlineData(Who.Administrator)]
    public async Task EveryPage_RefusesTheSameWayForTheSameReason(Who who)
    {
        using var client = await ClientAsync(who);
        var urls = Urls(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()).Concat(Urls(mangkutanaDraft, mangkutana, mangkutanaPosition)).Distinct().ToList();
        Assert.True(urls.Count > 20, "routes found: " + urls.Count);

        var wrong = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            var fine = response.StatusCode switch
            {
                HttpStatusCode.OK => !body.Contains("<h1>Akses ditolak</h1>", StringComparison.Ordinal),
                HttpStatusCode.Forbidden => who != Who.Anonymous && body.Contains("<h1>Akses ditolak</h1>", StringComparison.Ordinal),
                HttpStatusCode.NotFound => body.Contains("tidak ditemukan", StringComparison.Ordinal),
                HttpStatusCode.Redirect => who == Who.Anonymous ? location.StartsWith("/masuk", StringComparison.Ordinal) || location.Contains("/masuk?", StringComparison.Ordinal)
                    : !location.Contains("/Status/", StringComparison.OrdinalIgnoreCase) && !location.Contains("/masuk", StringComparison.Ordinal),
                _ => false,
            };
            if (!fine)
                wrong.Add($"{url}: {(int)response.StatusCode} {location}");
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Theory]
    [InlineData("/pk/{draft}")]
    [InlineData("/pk/{draft}/cetak")]
    [InlineData("/pk/{draft}/perbandingan")]
    [InlineData("/pk/{draft}/perubahan")]
    [InlineData("/pk/{draft}/ubah")]
    [InlineData("/kantor/{office}/belum")]
    public async Task AnotherOfficesData_ForASignedInOperator_IsNotFound(string template)
    {
        using var client = await ClientAsync(Who.OperatorKalaena);
        var url = template.Replace("{draft}", mangkutanaDraft.ToString(), StringComparison.Ordinal).Replace("{office}", mangkutana.ToString(), StringComparison.Ordinal);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/audit")]
    [InlineData("/impor")]
    public async Task APageOfAnotherRole_ForASignedInUser_Answers403WithTheIndonesianPage(string url)
    {
        using var client = await ClientAsync(Who.CamatKalaena);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<h1>Akses ditolak</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Favicon_IsServedAndLinkedFromEveryPage()
    {
        using var client = await ClientAsync(Who.Anonymous);

        var ico = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var svg = await client.GetAsync(new Uri("/favicon.svg", UriKind.Relative));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await ico.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rel=\"icon\" href=\"/favicon.svg", home, StringComparison.Ordinal);
    }

    /// <summary>Every page route of the application, its ids replaced: agreements, offices, positions, users.</summary>
    private List<string> Urls(Guid agreement, Guid office, Guid position)
    {
        var sources = factory.Services.GetRequiredService<EndpointDataSource>();
        var templates = sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null || e.Metadata.Any(m => m is CompiledPageActionDescriptor))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(t => !NotSurveyed.Contains(t, StringComparer.OrdinalIgnoreCase) && t != "/Index")
            .Distinct()
            .ToList();
        return templates.Select(t =>
        {
            var id = t.StartsWith("/kantor", StringComparison.Ordinal) ? office
                : t.StartsWith("/admin/jabatan", StringComparison.Ordinal) ? position
                : agreement;
            return t.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
                .Replace("{officeId:guid}", id.ToString(), StringComparison.Ordinal) + (t.StartsWith("/kantor", StringComparison.Ordinal) ? "?tahun=2025" : "");
        }).ToList();
    }

    private async Task<HttpClient> ClientAsync(Who who) => who switch
    {
        Who.Anonymous => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
        Who.OperatorKalaena => await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena),
        Who.CamatKalaena => await factory.SignedInClientAsync(Role.Official, SampleRecords.Kalaena, "MARSUKI"),
        Who.Evaluator => await factory.SignedInClientAsync(Role.Evaluator),
        _ => await factory.SignedInClientAsync(Role.Administrator),
    };
}
