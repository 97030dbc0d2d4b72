using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Kinerja.Documents.Xlsx;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Kantor;

[Collection(WebCollection.Name)]
public sealed class OfficeDocumentsPageTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task OfficePage_ForThePublic_ListsThePublishedPksWithDownloadsForTheWholeOffice(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var client = factory.CreateClient();
        var url = $"/kantor/{await OfficeIdAsync(factory, "Kecamatan Kalaena")}/dokumen?tahun=2025";

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
        var print = await client.GetStringAsync(new Uri(url + "&handler=Cetak", UriKind.Relative));
        var docx = await client.GetByteArrayAsync(new Uri(url + "&handler=Docx", UriKind.Relative));
        var xlsx = await client.GetByteArrayAsync(new Uri(url + "&handler=Xlsx", UriKind.Relative));

        Assert.Equal(7, page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(4, page.QuerySelectorAll("ul.downloads a").Length);
        Assert.Equal(7, page.QuerySelectorAll("a[href$='/cetak?handler=Docx']").Length);
        Assert.Equal(7, print.Split("<article class=\"pk\"").Length - 1);
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false))
            Assert.Contains("SEKRETARIS CAMAT", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.OrdinalIgnoreCase);
        var read = XlsxImporter.Read(xlsx);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal(7, read.Agreements.Count);
    }

    [Fact]
    public async Task OfficePage_UnknownOfficeYearOrNoYear_Is404()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = factory.CreateClient();
        var officeId = await OfficeIdAsync(factory, "Kecamatan Kalaena");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/kantor/{Guid.NewGuid()}/dokumen?tahun=2025", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/kantor/{officeId}/dokumen?tahun=2019", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/kantor/{officeId}/dokumen", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/kantor/{Guid.NewGuid()}/dokumen?tahun=2025&handler=Docx", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task StartPage_OfficeHeading_LinksToTheOfficeDocuments()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = factory.CreateClient();
        var officeId = await OfficeIdAsync(factory, "Kecamatan Mangkutana");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Single(page.QuerySelectorAll($"a[href='/kantor/{officeId}/dokumen?tahun=2025']"));
    }

    internal static async Task<Guid> OfficeIdAsync(KinerjaWebFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var offices = await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Offices.AsNoTracking().ToListAsync();
        return offices.Single(o => o.IsNamed(name)).Id;
    }
}
