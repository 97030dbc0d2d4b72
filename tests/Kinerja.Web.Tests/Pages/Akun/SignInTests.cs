using System.Net;
using Kinerja.Application.Features.Accounts;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Security;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
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
    public async Task SignIn_AfterFiveWrongPasswordsFromOneAddress_RefusesThatAddressEvenTheRightOne_ButNotTheRealUsersAddress()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false, settings: BehindProxy);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Administrator);
        using var attacker = ClientFrom(factory, "203.0.113.7");
        for (var i = 0; i < 5; i++)
            await (await HtmlForm.LoadAsync(attacker, "/masuk")).Set("NamaPengguna", userName).Set("KataSandi", "salah-sekali-1").PostAsync(attacker);

        var form = await HtmlForm.LoadAsync(attacker, "/masuk");
        var refused = await form.Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).PostAsync(attacker);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(AccountMessages.LockedOut, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var administrator = ClientFrom(factory, "198.51.100.20");
        await TestAccounts.SignInAsync(administrator, userName);
    }

    [Fact]
    public async Task SignIn_FromOneAddress_IsLimitedPerMinute_WhateverTheNames()
    {
        var settings = new Dictionary<string, string>(BehindProxy) { ["Kinerja:SignInAttemptsPerMinute"] = "3" };
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false, settings: settings);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = ClientFrom(factory, "203.0.113.8");
        for (var i = 0; i < 3; i++)
        {
            var guess = await (await HtmlForm.LoadAsync(client, "/masuk")).Set("NamaPengguna", $"tebakan{i}").Set("KataSandi", "salah-sekali-1").PostAsync(client);
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }

        var limited = await (await HtmlForm.LoadAsync(client, "/masuk")).Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).PostAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains(AccountMessages.TooManyAttemptsFromAddress, await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var other = ClientFrom(factory, "198.51.100.21");
        await TestAccounts.SignInAsync(other, userName);
    }

    [Fact]
    public async Task SignIn_WithAnUnknownName_VerifiesAPasswordHashAsForARealAccount()
    {
        var hasher = new CountingPasswordHasher();
        await using var root = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        await using var factory = root.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<KinerjaUser>>(hasher)));
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var before = hasher.Verifications;
        await (await HtmlForm.LoadAsync(client, "/masuk")).Set("NamaPengguna", "tidak-ada-akun-ini").Set("KataSandi", "salah-sekali-1").PostAsync(client);
        var forUnknown = hasher.Verifications - before;
        before = hasher.Verifications;
        await (await HtmlForm.LoadAsync(client, "/masuk")).Set("NamaPengguna", userName).Set("KataSandi", "salah-sekali-1").PostAsync(client);
        var forReal = hasher.Verifications - before;

        Assert.Equal(1, forReal);
        Assert.Equal(forReal, forUnknown);
    }

    /// <summary>Identity's own hasher, counting its verifications.</summary>
    private sealed class CountingPasswordHasher : IPasswordHasher<KinerjaUser>
    {
        private readonly PasswordHasher<KinerjaUser> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(KinerjaUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(KinerjaUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The test server as if behind a reverse proxy whose X-Forwarded-For is believed.</summary>
    private static readonly Dictionary<string, string> BehindProxy = new() { ["Kinerja:TrustedProxies:0"] = "127.0.0.1" };

    private static HttpClient ClientFrom(KinerjaWebFactory factory, string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
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
