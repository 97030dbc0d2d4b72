using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Editor;

/// <summary>
/// The register of the samples made ready to start PKs: the Camat of Kalaena and the Bupati hold their positions
/// (assignments through the real <see cref="SaveAssignment"/>), and drafts of 2026 made through <see cref="CreateAgreement"/>.
/// </summary>
internal static class EditorSetup
{
    public const int Year = 2026;

    private static readonly Actor Administrator = Actor.With([Role.Administrator], name: "admin uji");

    /// <summary>Assigns the Camat of Kalaena and the Bupati; answers the Camat's position.</summary>
    public static async Task<Guid> AssignCamatKalaenaAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var camat = await db.Agreements.AsNoTracking()
            .Where(a => a.Year == 2025 && a.FirstParty.Position == "CAMAT KALAENA")
            .Select(a => new { a.FirstParty.PositionId, a.FirstParty.PersonId, Superior = a.SecondParty.PositionId, SuperiorPerson = a.SecondParty.PersonId })
            .FirstAsync();
        var save = scope.ServiceProvider.GetRequiredService<SaveAssignment>();
        var from = new DateOnly(2025, 1, 1);
        Assert.True((await save.ExecuteAsync(Administrator, null, camat.PersonId!.Value, camat.PositionId!.Value, from, null, AssignmentKind.Definitif)).IsOk);
        Assert.True((await save.ExecuteAsync(Administrator, null, camat.SuperiorPerson!.Value, camat.Superior!.Value, from, null, AssignmentKind.Definitif)).IsOk);
        return camat.PositionId.Value;
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
        var assigned = await scope.ServiceProvider.GetRequiredService<SaveAssignment>()
            .ExecuteAsync(Administrator, null, sekcam.PersonId!.Value, sekcam.PositionId!.Value, new DateOnly(2025, 1, 1), null, AssignmentKind.Definitif);
        Assert.True(assigned.IsOk, assigned.ToString());
        var created = await scope.ServiceProvider.GetRequiredService<CreateAgreement>().ExecuteAsync(Administrator, sekcam.PositionId.Value, Year, new DateOnly(2026, 1, 2));
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
