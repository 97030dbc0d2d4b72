using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>What the administrator's page tests share: records of the samples by name, posts, counts and page text.</summary>
internal static class AdminSite
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Runs <paramref name="query"/> on a database context of the application under test.</summary>
    public static async Task<T> QueryAsync<T>(KinerjaWebFactory factory, Func<KinerjaDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KinerjaDbContext>());
    }

    public static Task<Guid> OfficeIdAsync(KinerjaWebFactory factory, string name) =>
        QueryAsync(factory, async db => (await db.Offices.AsNoTracking().ToListAsync()).Single(o => o.IsNamed(name)).Id);

    public static Task<Guid> PositionIdAsync(KinerjaWebFactory factory, string title) =>
        QueryAsync(factory, async db => (await db.Positions.AsNoTracking().ToListAsync()).Single(p => p.HasTitle(title)).Id);

    public static Task<Guid> PersonIdAsync(KinerjaWebFactory factory, string name) =>
        QueryAsync(factory, async db => (await db.People.AsNoTracking().ToListAsync()).Single(p => p.IsNamed(name)).Id);

    public static Task<Guid> UserIdAsync(KinerjaWebFactory factory, string userName) =>
        QueryAsync(factory, db => db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>How many rows each table the administrator changes holds (users, roles, catalogue, register, budget dates, scales).</summary>
    public static Task<string> CountsAsync(KinerjaWebFactory factory) =>
        QueryAsync(factory, async db => string.Join(
            " ",
            await db.Users.CountAsync(),
            await db.UserRoles.CountAsync(),
            await db.Users.CountAsync(u => u.LockoutEnd != null),
            string.Join(",", await db.Users.OrderBy(u => u.Id).Select(u => u.PasswordHash).ToListAsync()),
            await db.Nomenclature.CountAsync(),
            await db.Offices.CountAsync(),
            await db.Positions.CountAsync(),
            await db.People.CountAsync(),
            await db.Assignments.CountAsync(),
            await db.BudgetApprovals.CountAsync(),
            await db.AchievementScales.CountAsync()));

    /// <summary>A valid antiforgery token of the client's session, taken from the sign-out form every signed-in page has.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var form = await HtmlForm.LoadAsync(client, "/", "form[method=post]");
        return form.Fields[TokenField];
    }

    /// <summary>Posts <paramref name="fields"/> (plus a valid antiforgery token unless told otherwise) to <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> fields, bool withToken = true)
    {
        var values = new Dictionary<string, string>(fields);
        if (withToken)
            values[TokenField] = await TokenAsync(client);
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string url) =>
        Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)));

    /// <summary>The response is the form shown again (200), not a redirect: the text of its validation messages.</summary>
    public static async Task<(IHtmlDocument Page, string Errors)> RejectedAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, response.StatusCode + " " + response.Headers.Location);
        var page = Parse(html);
        var errors = string.Join(" | ", page.QuerySelectorAll(".validation li, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        return (page, errors);
    }

    /// <summary>The response redirects to <paramref name="location"/> (a success of post-redirect-get).</summary>
    public static void Redirected(HttpResponseMessage response, string location)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, response.StatusCode + " " + response.Content.ReadAsStringAsync().Result);
        Assert.StartsWith(location, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    public static string Value(IHtmlDocument page, string id) =>
        (page.GetElementById(id) as IHtmlInputElement)?.Value ?? throw new InvalidOperationException("No input #" + id);
}
