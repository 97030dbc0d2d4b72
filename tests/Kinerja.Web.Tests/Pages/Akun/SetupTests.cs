using System.Net;
using Kinerja.Application.Features.Accounts;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Identity;
using Kinerja.Web.Security;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pages.Akun;

/// <summary>The one-time set-up link: spent once, even by simultaneous requests; no common password.</summary>
[Collection(WebCollection.Name)]
public class SetupTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SimultaneousSetupRequests_CreateExactlyOneAdministrator_AndTellTheOthersTheLinkWasUsed(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        var token = factory.Services.GetRequiredService<SetupToken>().Open();
        var clients = Enumerable.Range(0, 4)
            .Select(_ => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
            .ToList();
        var forms = new List<HtmlForm>();
        foreach (var client in clients)
            forms.Add(await HtmlForm.LoadAsync(client, "/persiapan?token=" + token));

        var responses = await Task.WhenAll(forms.Select((form, i) => form
            .Set("NamaPengguna", $"admin{i}").Set("NamaLengkap", $"Administrator {i}")
            .Set("KataSandi", "rahasia-kuat-2025").Set("UlangiKataSandi", "rahasia-kuat-2025")
            .PostAsync(clients[i])));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains(AccountMessages.SetupAlreadyUsed, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
        Assert.Single(await users.GetUsersInRoleAsync(IdentitySetup.RoleName(Role.Administrator)));
        Assert.Single(users.Users.ToList());
        foreach (var client in clients)
            client.Dispose();
    }

    [Fact]
    public async Task ASecondPostOfTheSameLink_AfterTheAdministratorWasCreated_IsToldTheLinkWasUsed()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var token = factory.Services.GetRequiredService<SetupToken>().Open();
        using var first = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var second = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var firstForm = await HtmlForm.LoadAsync(first, "/persiapan?token=" + token);
        var secondForm = await HtmlForm.LoadAsync(second, "/persiapan?token=" + token);

        var created = await firstForm.Set("NamaPengguna", "bagor").Set("NamaLengkap", "Bagian Organisasi")
            .Set("KataSandi", "rahasia-kuat-2025").Set("UlangiKataSandi", "rahasia-kuat-2025").PostAsync(first);
        var late = await secondForm.Set("NamaPengguna", "bagor2").Set("NamaLengkap", "Bagian Organisasi 2")
            .Set("KataSandi", "rahasia-kuat-2025").Set("UlangiKataSandi", "rahasia-kuat-2025").PostAsync(second);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains(AccountMessages.SetupAlreadyUsed, await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync("/persiapan?token=" + token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync("/persiapan?token=salah")).StatusCode);
    }

    [Fact]
    public async Task Setup_WithACommonPassword_IsRefused_AndTheLinkStaysUsable()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = factory.Services.GetRequiredService<SetupToken>().Open();

        var form = await HtmlForm.LoadAsync(client, "/persiapan?token=" + token);
        var refused = await form.Set("NamaPengguna", "bagor").Set("NamaLengkap", "Bagian Organisasi")
            .Set("KataSandi", "password12").Set("UlangiKataSandi", "password12").PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(AccountMessages.CommonPassword, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        form = await HtmlForm.LoadAsync(client, "/persiapan?token=" + token);
        var created = await form.Set("NamaPengguna", "bagor").Set("NamaLengkap", "Bagian Organisasi")
            .Set("KataSandi", "rahasia-kuat-2025").Set("UlangiKataSandi", "rahasia-kuat-2025").PostAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    [Fact]
    public async Task TheAdministrator_CannotGiveAnAccountACommonPassword()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var administrator = Actor.With([Role.Administrator], name: "admin uji");
        await using var scope = factory.Services.CreateAsyncScope();

        var created = await scope.ServiceProvider.GetRequiredService<CreateUser>()
            .ExecuteAsync(administrator, new NewUser("penilai", "Penilai", "password12", Role.Evaluator));
        Assert.False(created.IsOk);
        Assert.Contains(AccountMessages.CommonPassword, created.Messages);

        var userName = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>().FindByNameAsync(userName);
        var set = await scope.ServiceProvider.GetRequiredService<SetUserPassword>().ExecuteAsync(administrator, user!.Id, "Password2025");
        Assert.False(set.IsOk);
        Assert.Contains(AccountMessages.CommonPassword, set.Messages);
    }
}
