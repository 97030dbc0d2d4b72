using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Editor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Browser;

/// <summary>In Chromium: findings read in Indonesian, without internal codes for the public, and the same on every page.</summary>
[Collection(BrowserCollection.Name)]
public class FindingsBrowserTests(Infrastructure.Browser browser)
{
    private static readonly Actor Administrator = Actor.With([Role.Administrator], name: "admin uji");

    [SkippableFact]
    public async Task PublicVisitor_ReadsSeveritiesInIndonesian_WithoutInternalCodes_StaffSeeTheCodes()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var mangkutana = await WithSeventeenDigitNipAsync(server.Services);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Url("/"));
        var counts = await page.Locator("tbody td.number").AllInnerTextsAsync();
        Assert.DoesNotContain(counts, c => c.Contains("error", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(counts, c => c.Contains("galat", StringComparison.Ordinal));

        await page.GotoAsync(server.Url($"/pk/{mangkutana}"));
        var findings = page.Locator("#temuan + ul.findings li");
        var badges = await page.Locator("ul.findings .badge").AllInnerTextsAsync();
        Assert.Contains("Galat", badges);
        Assert.DoesNotContain("Error", badges);
        Assert.Equal(0, await page.Locator("ul.findings code").CountAsync());
        Assert.DoesNotContain("NIP_PANJANG", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await findings.CountAsync() > 0);

        var staff = await browser.NewPageAsync();
        await LifecycleBrowserTests.SignInAsync(staff, server, await TestAccounts.CreateAsync(server.Services, Role.Evaluator));
        await staff.GotoAsync(server.Url($"/pk/{mangkutana}"));
        Assert.Contains("NIP_PANJANG", await staff.Locator("ul.findings code").AllInnerTextsAsync());
    }

    /// <summary>The Mangkutana PK whose Pihak Pertama's NIP is printed with 17 digits (an Error finding).</summary>
    private static async Task<Guid> WithSeventeenDigitNipAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Kinerja.Persistence.KinerjaDbContext>();
        return await db.Agreements.Where(a => a.FirstParty.NipAsPrinted == "19701209 200901 2 00").Select(a => a.Id).FirstAsync();
    }

    [SkippableFact]
    public async Task EmptyDraft_ShowsTheSameFindings_OnTheStartPageAndThePkPage()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var id = await EditorSetup.KalaenaDraftAsync(server.Services);
        var page = await browser.NewPageAsync();
        await LifecycleBrowserTests.SignInAsync(page, server, await TestAccounts.CreateAsync(server.Services, Role.Evaluator));

        await page.GotoAsync(server.Url($"/pk/{id}"));
        Assert.Equal(0, await page.Locator(".no-findings").CountAsync());
        var onPkPage = await page.Locator("ul.findings li").CountAsync();
        Assert.True(onPkPage > 0);
        Assert.Contains("Perjanjian belum memuat sasaran.", await page.Locator("ul.findings").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(server.Url("/?tahun=2026"));
        var row = page.Locator("tbody tr").Filter(new() { Has = page.Locator($"a[href='/pk/{id}']") });
        Assert.Equal(onPkPage + " galat", await row.Locator("td.number").InnerTextAsync());
    }

    [SkippableFact]
    public async Task DuplicateIndicator_IsShownAsAWarning()
    {
        await using var server = new KinerjaServer(TestDatabase.Sqlite());
        var (id, sasaran) = await EditorSetup.KalaenaDraftWithContentAsync(server.Services);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<SaveIndicator>()
                .ExecuteAsync(Administrator, id, sasaran, null, new IndicatorContent("indeks kepuasan  masyarakat", TargetValue.Parse("85 Nilai")));
            Assert.True(saved.IsOk, saved.ToString());
        }

        var page = await browser.NewPageAsync();
        await LifecycleBrowserTests.SignInAsync(page, server, await TestAccounts.CreateAsync(server.Services, Role.Evaluator));
        await page.GotoAsync(server.Url($"/pk/{id}"));

        var warning = page.Locator("ul.findings li.warning");
        Assert.Contains("Indeks Kepuasan Masyarakat", await warning.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Peringatan", await warning.Locator(".badge").InnerTextAsync(), StringComparison.Ordinal);
    }
}
