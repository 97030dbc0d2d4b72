using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Kinerja.Persistence.Audit;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Akun;

/// <summary>A user changes their own password at /akun/sandi: current password, the new one twice, Identity's rules.</summary>
public class PasswordChangeTests
{
    private const string NewPassword = "sandi-baru-2026-kinerja";

    [Theory]
    [InlineData("salah-sekali-1", NewPassword, NewPassword, "Kata sandi salah.")]
    [InlineData(TestAccounts.Password, NewPassword, "sandi-lain-2026-kinerja", "Kedua kata sandi tidak sama.")]
    [InlineData(TestAccounts.Password, "pendek1", "pendek1", "Kata sandi paling sedikit 10 karakter.")]
    [InlineData(TestAccounts.Password, "tanpaangkasamasekali", "tanpaangkasamasekali", "Kata sandi harus memuat angka.")]
    [InlineData("", NewPassword, NewPassword, "Kata sandi saat ini wajib diisi.")]
    [InlineData(TestAccounts.Password, "password12", "password12", Kinerja.Application.Features.Accounts.AccountMessages.CommonPassword)]
    [InlineData(TestAccounts.Password, "P@ssw0rd2025", "P@ssw0rd2025", Kinerja.Application.Features.Accounts.AccountMessages.CommonPassword)]
    [InlineData(TestAccounts.Password, "indonesia2025", "indonesia2025", Kinerja.Application.Features.Accounts.AccountMessages.CommonPassword)]
    public async Task ChangingThePassword_Refused_SaysWhyInIndonesian_AndKeepsTheOldPassword(string current, string first, string second, string message)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = await SignedInAsync(factory, userName);

        var response = await PostAsync(client, current, first, second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var again = await SignedInAsync(factory, userName);
    }

    [Fact]
    public async Task ChangingThePassword_KeepsThisSessionSignedIn_RenewsTheStamp_AndIsAudited()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        using var client = await SignedInAsync(factory, userName);
        var stampBefore = await StampAsync(factory, userName);

        var response = await PostAsync(client, TestAccounts.Password, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Kata sandi Anda telah diganti.", page, StringComparison.Ordinal);
        Assert.Contains("Keluar", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        Assert.NotEqual(stampBefore, await StampAsync(factory, userName));

        using var withNew = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(withNew, userName, NewPassword);
        var withOld = await (await HtmlForm.LoadAsync(withNew, "/masuk")).Set("NamaPengguna", userName).Set("KataSandi", TestAccounts.Password).PostAsync(withNew);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.PasswordChanged).ToListAsync());
        Assert.Equal("Pengguna Evaluator", entry.UserName);
        Assert.DoesNotContain("PasswordHash", entry.After ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordPage_IsForSignedInUsersOnly()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var visitor = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await visitor.GetAsync(new Uri("/akun/sandi", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/masuk", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignedInAsync(KinerjaWebFactory factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, userName);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string current, string first, string second)
    {
        var form = await HtmlForm.LoadAsync(client, "/akun/sandi");
        return await form.Set("KataSandiSaatIni", current).Set("KataSandiBaru", first).Set("UlangiKataSandiBaru", second).PostAsync(client);
    }

    private static async Task<string?> StampAsync(KinerjaWebFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        return await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.SecurityStamp).SingleAsync();
    }
}
