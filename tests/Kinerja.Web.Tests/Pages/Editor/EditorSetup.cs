using System.Net;
using AngleSharp.Html.Parser;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
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
