using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Editor;

/// <summary>
/// The register of the samples as imported, ready to start PKs: the import recorded the signers as holders of their
/// positions (the Camat of Kalaena, the Bupati, the Sekretaris Camat...); drafts of 2026 are made through
/// <see cref="CreateAgreement"/>.
/// </summary>
internal static class EditorSetup
{
    public const int Year = 2026;

    private static readonly Actor Administrator = Actor.With([Role.Administrator], name: "admin uji");

    /// <summary>The Camat of Kalaena's position, held (as the import recorded) by the Camat who signed in 2025.</summary>
    public static async Task<Guid> AssignCamatKalaenaAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var camat = await db.Agreements.AsNoTracking()
            .Where(a => a.Year == 2025 && a.FirstParty.Position == "CAMAT KALAENA")
            .Select(a => new { a.FirstParty.PositionId, a.FirstParty.PersonId, Superior = a.SecondParty.PositionId, SuperiorPerson = a.SecondParty.PersonId })
            .FirstAsync();
        Assert.True(await db.Assignments.AnyAsync(a => a.PositionId == camat.PositionId && a.PersonId == camat.PersonId && a.Kind == AssignmentKind.Definitif));
        Assert.True(await db.Assignments.AnyAsync(a => a.PositionId == camat.Superior && a.PersonId == camat.SuperiorPerson));
        return camat.PositionId!.Value;
    }

    /// <summary>A Draft PK of the Camat of Kalaena for 2026, made by an administrator.</summary>
    public static async Task<Guid> KalaenaDraftAsync(IServiceProvider services)
    {
        var position = await AssignCamatKalaenaAsync(services);
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateAgreement>().ExecuteAsync(Administrator, position, Year, new DateOnly(2026, 1, 2));
        Assert.True(created.IsOk, created.ToString());
        return created.Value;
    }

    /// <summary>
    /// The Camat of Kalaena's Draft of 2026 with one sasaran of two indicators and two budget lines, in this order, made by
    /// an administrator through the use cases.
    /// </summary>
    public static async Task<(Guid Agreement, Guid Sasaran)> KalaenaDraftWithContentAsync(IServiceProvider services)
    {
        var id = await KalaenaDraftAsync(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var sasaran = await provider.GetRequiredService<SaveSasaran>().ExecuteAsync(Administrator, id, null, SasaranLevel.Strategis, "Meningkatnya kualitas pelayanan publik kecamatan", null);
        Assert.True(sasaran.IsOk, sasaran.ToString());
        foreach (var (text, target) in new[] { ("Indeks Kepuasan Masyarakat", "82,5 Nilai"), ("Persentase layanan selesai tepat waktu", "95 %") })
        {
            var indicator = await provider.GetRequiredService<SaveIndicator>().ExecuteAsync(Administrator, id, sasaran.Value, null, new IndicatorContent(text, TargetValue.Parse(target)));
            Assert.True(indicator.IsOk, indicator.ToString());
        }

        foreach (var (level, name, amount) in new[] { (BudgetLevel.Program, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 5_000_000L), (BudgetLevel.Kegiatan, "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan", 3_000_000L) })
        {
            var line = await provider.GetRequiredService<SaveBudgetLine>().ExecuteAsync(Administrator, id, null, new BudgetLineContent(level, name, null, new Rupiah(amount), "APBD"));
            Assert.True(line.IsOk, line.ToString());
        }

        return (id, sasaran.Value);
    }

    /// <summary>Drafts of 2026 for the Camat of Kalaena and the Sekretaris Camat below (both assigned), made by an administrator.</summary>
    public static async Task<(Guid Camat, Guid Sekcam)> CamatAndSekcamDraftsAsync(IServiceProvider services)
    {
        var camat = await KalaenaDraftAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var sekcam = await db.Agreements.AsNoTracking()
            .Where(a => a.Year == 2025 && a.FirstParty.Position.StartsWith("SEKRETARIS CAMAT"))
            .Select(a => new { a.FirstParty.PositionId, a.FirstParty.PersonId })
            .FirstAsync();
        Assert.True(await db.Assignments.AnyAsync(a => a.PositionId == sekcam.PositionId && a.PersonId == sekcam.PersonId));
        var created = await scope.ServiceProvider.GetRequiredService<CreateAgreement>().ExecuteAsync(Administrator, sekcam.PositionId!.Value, Year, new DateOnly(2026, 1, 2));
        Assert.True(created.IsOk, created.ToString());
        return (camat, created.Value);
    }

    public static async Task<(int Sasaran, int BudgetLines)> CountsAsync(IServiceProvider services, Guid agreementId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var agreement = await db.Agreements.AsNoTracking().WithDetails().SingleAsync(a => a.Id == agreementId);
        return (agreement.Sasarans.Count, agreement.BudgetLines.Count);
    }

    /// <summary>The editor's page after following a redirect to it.</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, response.StatusCode + ": " + await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();
        return await client.GetStringAsync(new Uri(location.Split('#')[0], UriKind.Relative));
    }

    public static IReadOnlyList<string> FindingCodes(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("#temuan .finding code").Select(c => c.TextContent).ToList();

    /// <summary>The antiforgery token of the signed-in client, read from a form it may load.</summary>
    public static async Task<string> TokenAsync(HttpClient client) =>
        (await HtmlForm.LoadAsync(client, "/pk/baru")).Fields["__RequestVerificationToken"];
}
