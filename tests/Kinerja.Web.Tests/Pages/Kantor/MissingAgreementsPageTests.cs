using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Admin;

namespace Kinerja.Web.Tests.Pages.Kantor;

/// <summary>
/// "PK belum ditandatangani" is reachable for every office, first of all for one without any PK (the most overdue):
/// from the start page and the administrator's office list, listing every position of the office.
/// </summary>
public class MissingAgreementsPageTests
{
    private const string Pemkab = "Pemerintah Kabupaten Luwu Timur";

    [Fact]
    public async Task AnOfficeWithoutAnyPk_IsLinkedFromTheStartPageAndTheOfficeList_AndListsEveryPosition()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var office = await AdminSite.OfficeIdAsync(factory, Pemkab);
        var link = $"/kantor/{office}/belum";

        var home = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/?tahun=2025", UriKind.Relative)));
        var offices = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/admin/kantor", UriKind.Relative)));
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(link + "?tahun=2025", UriKind.Relative)));

        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith(link, StringComparison.Ordinal));
        Assert.Contains(offices.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith(link, StringComparison.Ordinal));
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("BUPATI", r, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("Belum ada", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheStartPage_ForAnOperator_LinksOnlyTheirOwnOffice()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Operator, SampleRecords.Kalaena);
        var kalaena = await AdminSite.OfficeIdAsync(factory, SampleRecords.Kalaena);
        var pemkab = await AdminSite.OfficeIdAsync(factory, Pemkab);

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains($"/kantor/{kalaena}/belum", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"/kantor/{pemkab}/belum", home, StringComparison.Ordinal);
    }
}
