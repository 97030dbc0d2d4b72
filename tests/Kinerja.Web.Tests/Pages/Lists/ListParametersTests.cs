using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Domain.Common;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Admin;

namespace Kinerja.Web.Tests.Pages.Lists;

/// <summary>
/// The list pages' query parameters as a visitor may type them: a page past the last shows the last page, a year
/// that is not a year is said on the page in Indonesian (<see cref="FiscalYear.Invalid"/>) instead of being ignored.
/// </summary>
public class ListParametersTests
{
    [Fact]
    public async Task AgreementList_PastTheLastPage_ShowsTheLastPage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = factory.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/pk?halaman=99", UriKind.Relative)));

        Assert.Equal("Halaman 1 dari 1", page.QuerySelector("nav.pager span")?.TextContent);
        Assert.Equal(15, page.QuerySelectorAll("tbody tr").Length);
        Assert.DoesNotContain("halaman 99", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuditLog_PastTheLastPage_ShowsTheLastPage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Evaluator);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/audit?halaman=9999", UriKind.Relative)));

        Assert.NotEmpty(page.QuerySelectorAll("tbody tr"));
        Assert.DoesNotContain("9999", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/pk?tahun=abc")]
    [InlineData("/pk?tahun=1850")]
    [InlineData("/?tahun=abc")]
    [InlineData("/kantor/{office}/pohon?tahun=abc")]
    [InlineData("/kantor/{office}/rekonsiliasi?tahun=abc")]
    [InlineData("/kantor/{office}/belum?tahun=abc")]
    [InlineData("/kantor/{office}/dokumen?tahun=abc")]
    public async Task ListPage_WithAYearThatIsNotAYear_SaysSoInIndonesian(string url)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Administrator);
        var office = await AdminSite.OfficeIdAsync(factory, SampleRecords.Kalaena);

        var response = await client.GetAsync(new Uri(url.Replace("{office}", office.ToString(), StringComparison.Ordinal), UriKind.Relative));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Contains(page.QuerySelectorAll("[role=alert]"), a => a.TextContent.Contains(FiscalYear.Invalid, StringComparison.Ordinal));
    }
}
