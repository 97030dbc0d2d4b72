using System.Net;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Hosting;

/// <summary>
/// The headers of every response (a page, a static file, a status page, the error page), the sign-in cookie behind
/// HTTPS, and the address printed in QR codes when no public address is configured.
/// </summary>
public class SecurityHeadersTests
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/masuk", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    [InlineData("/tidak-ada-halaman-ini", HttpStatusCode.NotFound)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task TheErrorPageOfACrash_CarriesTheSecurityHeaders()
    {
        await using var root = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        await using var factory = root.WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddScoped<SearchAgreements>(_ => throw new InvalidOperationException("rusak"))));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/pk", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrEventHandler()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(Role.Administrator);

        foreach (var path in new[] { "/", "/pk", "/masuk", "/admin/pengguna", "/Status/404" })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), path + ": inline script"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(true, "https", true)]
    [InlineData(true, "http", false)]
    [InlineData(false, "https", false)]
    public async Task TheSignInCookie_IsSecure_WhenATrustedProxySaysTheRequestWasHttps(bool trusted, string forwardedProto, bool secure)
    {
        var settings = trusted ? new Dictionary<string, string> { ["Kinerja:TrustedProxies:0"] = "10.0.0.0/8" } : null;
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false, settings: settings);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        // The server itself is reached over HTTP (from the proxy); cookies are carried by hand, as the browser behind
        // the proxy's HTTPS would.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        var signInPage = await client.GetAsync(new Uri("/masuk", UriKind.Relative));
        var form = HtmlForm.Parse(await signInPage.Content.ReadAsStringAsync(), "/masuk");
        var antiforgery = signInPage.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/masuk", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(form.Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).Fields),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery));

        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kinerja=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheSignInCookie_IsSecure_WhenThePublicAddressIsHttps()
    {
        var settings = new Dictionary<string, string> { ["Kinerja:PublicBaseUrl"] = "https://kinerja.luwutimurkab.go.id" };
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false, settings: settings);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var form = await HtmlForm.LoadAsync(client, "/masuk");
        var response = await form.Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).PostAsync(client);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kinerja=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheQrAddress_DoesNotFollowAnArbitraryHostHeader_WhenNoPublicAddressIsConfigured()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        var agreement = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, "CAMAT KALAENA");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/pk/{agreement.Id}/cetak", UriKind.Relative));
        request.Headers.Host = "penipu.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("penipu.example", html, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/verifikasi/{agreement.Id}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQrAddress_UsesTheRequestHost_WhenAllowedHostsRestrictsThem()
    {
        var settings = new Dictionary<string, string> { ["AllowedHosts"] = "kinerja.luwutimurkab.go.id" };
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), settings: settings);
        var agreement = await SampleRecords.AgreementAsync(factory.Services, SampleRecords.Kalaena, "CAMAT KALAENA");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://kinerja.luwutimurkab.go.id") });
        using var other = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://penipu.example") });

        var html = await client.GetStringAsync(new Uri($"/pk/{agreement.Id}/cetak", UriKind.Relative));
        var refused = await other.GetAsync(new Uri($"/pk/{agreement.Id}/cetak", UriKind.Relative));

        Assert.Contains($"http://kinerja.luwutimurkab.go.id/verifikasi/{agreement.Id}", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
