using System.Net;
using Kinerja.Application.Features.Accounts;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Tests.Infrastructure;
using Kinerja.Web.Tests.Pages.Editor;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Akun;

/// <summary>
/// Sessions end on the server at once: a copy of the cookie taken before signing out, an account demoted or locked
/// by the administrator, all through the real HTTP pipeline.
/// </summary>
[Collection(WebCollection.Name)]
public class SessionRevocationTests(PostgresServer postgres)
{
    private static readonly Actor Administrator = Actor.With([Role.Administrator], name: "admin uji");

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ACookieCopiedBeforeSigningOut_IsSentToTheSignInPageAfterwards(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(browser, userName);
        var copied = await CookieHeaderAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(factory, "/akun/sandi", copied)).StatusCode);

        var signOut = await (await HtmlForm.LoadAsync(browser, "/", "header form[method=post]")).PostAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var afterwards = await GetWithCookieAsync(factory, "/akun/sandi", copied);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/masuk", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOut_EndsOnlyThatSession()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var office = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var home = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(office, userName);
        await TestAccounts.SignInAsync(home, userName);

        await (await HtmlForm.LoadAsync(office, "/", "header form[method=post]")).PostAsync(office);

        Assert.Equal(HttpStatusCode.OK, (await home.GetAsync(new Uri("/akun/sandi", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.GetAsync(new Uri("/akun/sandi", UriKind.Relative))).StatusCode);
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AnOperatorDemotedToEvaluator_CanNoLongerEditWithTheOpenSession(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        var draft = await EditorSetup.KalaenaDraftAsync(factory.Services);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Operator, "Kecamatan Kalaena");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, userName);
        var url = $"/pk/{draft}/ubah";
        var form = await HtmlForm.LoadAsync(client, url, "#sasaran-baru form");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>().FindByNameAsync(userName);
            var demoted = await scope.ServiceProvider.GetRequiredService<ChangeUser>()
                .ExecuteAsync(Administrator, user!.Id, new UserChange(user.DisplayName, Role.Evaluator, null, null));
            Assert.True(demoted.IsOk, demoted.ToString());
        }

        var response = await form.Set("Level", "Strategis").Set("Text", "Sasaran sesudah diturunkan").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(0, (await EditorSetup.CountsAsync(factory.Services, draft)).Sasaran);
    }

    [Fact]
    public async Task AnAccountLockedByTheAdministrator_LosesItsOpenSession_AndIsToldWhyAtSignIn()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, userName);
        var copied = await CookieHeaderAsync(client);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>().FindByNameAsync(userName);
            var locked = await scope.ServiceProvider.GetRequiredService<LockUser>().ExecuteAsync(Administrator, user!.Id);
            Assert.True(locked.IsOk, locked.ToString());
        }

        var response = await GetWithCookieAsync(factory, "/akun/sandi", copied);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var signIn = await (await HtmlForm.LoadAsync(client, "/masuk")).Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).PostAsync(client);
        var html = await signIn.Content.ReadAsStringAsync();
        Assert.Contains(AccountMessages.LockedByAdministrator, html, StringComparison.Ordinal);
        Assert.DoesNotContain("15 menit", html, StringComparison.Ordinal);
    }

    /// <summary>The Cookie header the client's cookie container sends: what someone who copied it would hold.</summary>
    internal static async Task<string> CookieHeaderAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
    }

    internal static async Task<HttpResponseMessage> GetWithCookieAsync(KinerjaWebFactory factory, string url, string cookie)
    {
        using var thief = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request);
    }
}
