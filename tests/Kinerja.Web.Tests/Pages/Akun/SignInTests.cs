using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Web.Security;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Akun;

public class SignInTests
{
    [Fact]
    public async Task SignIn_WithTheRightPassword_ShowsTheUserAndTheirRole()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Pengguna Operator", html, StringComparison.Ordinal);
        Assert.Contains("Keluar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoAndKeepsTheUserName()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var form = await HtmlForm.LoadAsync(client, "/masuk");
        var response = await form.Set("NamaPengguna", userName).Set("KataSandi", "salah-sekali-1").PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nama pengguna atau kata sandi salah.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{userName}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
            await (await HtmlForm.LoadAsync(client, "/masuk")).Set("NamaPengguna", userName).Set("KataSandi", "salah-sekali-1").PostAsync(client);

        var form = await HtmlForm.LoadAsync(client, "/masuk");
        var response = await form.Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).PostAsync(client);

        Assert.Contains("Akun dikunci sementara", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutTheAntiforgeryToken_IsRejected()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var form = (await HtmlForm.LoadAsync(client, "/masuk")).Without("__RequestVerificationToken");
        var response = await form.Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ProtectedPage_WithoutSigningIn_RedirectsToTheSignInPage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/impor", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithTheTokenOfTheFirstStart_CreatesTheFirstAdministratorOnce()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = factory.Services.GetRequiredService<SetupToken>().Open();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/persiapan?token=salah", UriKind.Relative))).StatusCode);
        var form = await HtmlForm.LoadAsync(client, "/persiapan?token=" + token);
        var response = await form.Set("NamaPengguna", "bagor").Set("NamaLengkap", "Bagian Organisasi")
            .Set("KataSandi", "rahasia-kuat-2025").Set("UlangiKataSandi", "rahasia-kuat-2025").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/persiapan?token=" + token, UriKind.Relative))).StatusCode);
        Assert.False(factory.Services.GetRequiredService<SetupToken>().IsOpen);
    }

    [Fact]
    public async Task Setup_WithDifferentPasswords_KeepsWhatWasTypedAndSaysWhy()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = factory.Services.GetRequiredService<SetupToken>().Open();

        var form = await HtmlForm.LoadAsync(client, "/persiapan?token=" + token);
        var response = await form.Set("NamaPengguna", "bagor").Set("NamaLengkap", "Bagian Organisasi")
            .Set("KataSandi", "rahasia-kuat-2025").Set("UlangiKataSandi", "rahasia-lain-2025").PostAsync(client);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Kedua kata sandi tidak sama.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bagian Organisasi\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_FromTheHeaderButton_EndsTheSession()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Evaluator);

        var form = await HtmlForm.LoadAsync(client, "/", "header form[method=post]");
        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("href=\"/masuk\"", html, StringComparison.Ordinal);
    }
}
