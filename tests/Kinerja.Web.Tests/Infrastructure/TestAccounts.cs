using System.Net;
using Kinerja.Application.Features.Accounts;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// Accounts for tests, created through the real <see cref="CreateUser"/> use case, and HTTP clients signed in through
/// the real sign-in form (cookie and antiforgery token included).
/// </summary>
public static class TestAccounts
{
    public const string Password = "rahasia-uji-2025";

    /// <summary>Creates an account; <paramref name="office"/> names an office of the samples (e.g. "Kecamatan Kalaena").</summary>
    public static async Task<string> CreateAsync(
        IServiceProvider services, Role role, string? office = null, string? personName = null, string? userName = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinerjaDbContext>();
        Guid? officeId = null;
        if (office is not null)
        {
            var offices = await db.Offices.AsNoTracking().ToListAsync();
            officeId = offices.Single(o => o.IsNamed(office)).Id;
        }

        Guid? personId = null;
        if (personName is not null)
        {
            var people = await db.People.AsNoTracking().ToListAsync();
            personId = people.Single(p => p.IsNamed(personName)).Id;
        }

        var name = userName ?? $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        var created = await scope.ServiceProvider.GetRequiredService<CreateUser>()
            .ExecuteAsync(new NewUser(name, "Pengguna " + role, Password, role, officeId, personId));
        Assert.True(created.Success, created.ToString());
        return name;
    }

    /// <summary>A client signed in as a new account of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(
        this WebApplicationFactory<Program> factory, Role role, string? office = null, string? personName = null)
    {
        var userName = await CreateAsync(factory.Services, role, office, personName);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInAsync(client, userName);
        return client;
    }

    public static async Task SignInAsync(HttpClient client, string userName, string password = Password)
    {
        var form = await HtmlForm.LoadAsync(client, "/masuk");
        var response = await form.Set("NamaPengguna", userName).Set("KataSandi", password).PostAsync(client);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, "Sign-in failed: " + await response.Content.ReadAsStringAsync());
    }
}
