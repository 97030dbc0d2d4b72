using AngleSharp.Html.Parser;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Editor;

public class SupportedSasaranTests
{
    [Fact]
    public async Task SasaranOfTheSekcam_SupportsASasaranOfTheCamat_AndThePohonKinerjaShowsTheLink()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var (camat, sekcam) = await EditorSetup.CamatAndSekcamDraftsAsync(factory.Services);
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");
        await EditorSetup.FollowAsync(client, await (await HtmlForm.LoadAsync(client, $"/pk/{camat}/ubah", "#sasaran-baru form"))
            .Set("Text", "Meningkatnya kualitas pelayanan publik").PostAsync(client));

        var editor = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri($"/pk/{sekcam}/ubah", UriKind.Relative)));
        var option = editor.QuerySelectorAll("#sasaran-baru select[name=SupportsSasaranId] option").Single(o => o.TextContent.Contains("pelayanan publik", StringComparison.Ordinal));
        await EditorSetup.FollowAsync(client, await HtmlForm.Parse(editor.DocumentElement.OuterHtml, $"/pk/{sekcam}/ubah", "#sasaran-baru form")
            .Set("Text", "Tertibnya administrasi kecamatan").Set("SupportsSasaranId", option.GetAttribute("value")!).PostAsync(client));

        Guid office;
        await using (var scope = factory.Services.CreateAsyncScope())
            office = (await scope.ServiceProvider.GetRequiredService<KinerjaDbContext>().Agreements.AsNoTracking().SingleAsync(a => a.Id == sekcam)).OfficeId!.Value;
        var tree = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri($"/kantor/{office}/pohon?tahun=2026", UriKind.Relative)));

        Assert.Contains("Mendukung sasaran CAMAT KALAENA: 1. Meningkatnya kualitas pelayanan publik", tree.QuerySelector(".supports")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("CAMAT KALAENA", tree.QuerySelector("ul.pohon > li > ul > li > section h3")!.TextContent);
        Assert.StartsWith("SEKRETARIS CAMAT", tree.QuerySelector("ul.pohon > li > ul > li > ul > li > section h4")!.TextContent, StringComparison.Ordinal);
    }
}
