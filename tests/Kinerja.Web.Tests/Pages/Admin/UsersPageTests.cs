using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages.Admin;

[Collection(WebCollection.Name)]
public class UsersPageTests(PostgresServer postgres)
{
    private const string NewPassword = "sandi-operator-2025";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CreateUser_ForAnOperatorOfKalaena_ListsItAndTheOperatorSignsIn(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var office = await AdminSite.OfficeIdAsync(factory, "Kecamatan Kalaena");

        var form = await HtmlForm.LoadAsync(admin, "/admin/pengguna");
        var response = await form.Set("Baru.NamaPengguna", "operator.kalaena").Set("Baru.NamaLengkap", "Operator Kalaena")
            .Set("Baru.Peran", "Operator").Set("Baru.KantorId", office.ToString())
            .Set("Baru.KataSandi", NewPassword).Set("Baru.UlangiKataSandi", NewPassword).PostAsync(admin);

        AdminSite.Redirected(response, "/admin/pengguna");
        var list = await AdminSite.PageAsync(admin, "/admin/pengguna");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("operator.kalaena", StringComparison.Ordinal));
        Assert.Contains("Operator", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kecamatan Kalaena", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aktif", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Akun operator.kalaena dibuat", list.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        using var operatorClient = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(operatorClient, "operator.kalaena", NewPassword);
        Assert.Contains("Operator Kalaena", await operatorClient.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_WithPasswordsThatDiffer_SaysSoInIndonesianAndKeepsTheNames()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var before = await AdminSite.CountsAsync(factory);

        var form = await HtmlForm.LoadAsync(admin, "/admin/pengguna");
        var response = await form.Set("Baru.NamaPengguna", "pejabat.baru").Set("Baru.NamaLengkap", "Pejabat Baru").Set("Baru.Peran", "Official")
            .Set("Baru.KataSandi", NewPassword).Set("Baru.UlangiKataSandi", "lain-sekali-2025").PostAsync(admin);

        var (page, errors) = await AdminSite.RejectedAsync(response);
        Assert.Contains("Kedua kata sandi tidak sama.", errors, StringComparison.Ordinal);
        Assert.Equal("pejabat.baru", AdminSite.Value(page, "Baru_NamaPengguna"));
        Assert.Equal("Pejabat Baru", AdminSite.Value(page, "Baru_NamaLengkap"));
        Assert.Equal(string.Empty, AdminSite.Value(page, "Baru_KataSandi"));
        Assert.Equal(before, await AdminSite.CountsAsync(factory));
    }

    [Fact]
    public async Task CreateUser_OfAnOfficialWithoutOfficeOrPersonOrAStrongPassword_ListsEveryReasonInIndonesian()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var before = await AdminSite.CountsAsync(factory);

        var form = await HtmlForm.LoadAsync(admin, "/admin/pengguna");
        var response = await form.Set("Baru.NamaPengguna", "pejabat.baru").Set("Baru.NamaLengkap", "Pejabat Baru").Set("Baru.Peran", "Official")
            .Set("Baru.KataSandi", "pendek").Set("Baru.UlangiKataSandi", "pendek").PostAsync(admin);

        var (_, errors) = await AdminSite.RejectedAsync(response);
        Assert.Contains("Operator dan pejabat harus terhubung dengan satu kantor.", errors, StringComparison.Ordinal);
        Assert.Contains("Pejabat harus terhubung dengan pegawai yang menandatangani.", errors, StringComparison.Ordinal);
        Assert.Equal(before, await AdminSite.CountsAsync(factory));
    }

    [Fact]
    public async Task LockUnlockAndNewPassword_TakeEffectAtSignIn()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var evaluator = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        var page = "/admin/pengguna/" + await AdminSite.UserIdAsync(factory, evaluator);

        AdminSite.Redirected(await (await HtmlForm.LoadAsync(admin, page, "form[action*=Kunci]")).PostAsync(admin), page);
        Assert.Contains("Terkunci", (await AdminSite.PageAsync(admin, page)).QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        using (var locked = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
        {
            var signIn = await (await HtmlForm.LoadAsync(locked, "/masuk")).Set("NamaPengguna", evaluator).Set("KataSandi", TestAccounts.Password).PostAsync(locked);
            Assert.Contains(Kinerja.Application.Features.Accounts.AccountMessages.LockedByAdministrator, await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        AdminSite.Redirected(await (await HtmlForm.LoadAsync(admin, page, "form[action*=Buka]")).PostAsync(admin), page);
        var password = await HtmlForm.LoadAsync(admin, page, "form[action*=Sandi]");
        AdminSite.Redirected(await password.Set("Sandi.KataSandi", NewPassword).Set("Sandi.UlangiKataSandi", NewPassword).PostAsync(admin), page);

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var old = await (await HtmlForm.LoadAsync(client, "/masuk")).Set("NamaPengguna", evaluator).Set("KataSandi", TestAccounts.Password).PostAsync(client);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await TestAccounts.SignInAsync(client, evaluator, NewPassword);
    }

    [Fact]
    public async Task NewPassword_ThatIsTooWeak_IsRefusedInIndonesianAndTheOldOneStillWorks()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var evaluator = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        var page = "/admin/pengguna/" + await AdminSite.UserIdAsync(factory, evaluator);

        var form = await HtmlForm.LoadAsync(admin, page, "form[action*=Sandi]");
        var (_, errors) = await AdminSite.RejectedAsync(await form.Set("Sandi.KataSandi", "abcdefghij").Set("Sandi.UlangiKataSandi", "abcdefghij").PostAsync(admin));

        Assert.Contains("Kata sandi harus memuat angka.", errors, StringComparison.Ordinal);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(client, evaluator);
    }

    [Fact]
    public async Task ChangeUser_ToAnOfficialOfKalaena_StoresRoleOfficeAndPerson()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var evaluator = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        var id = await AdminSite.UserIdAsync(factory, evaluator);
        var office = await AdminSite.OfficeIdAsync(factory, "Kecamatan Kalaena");
        var person = await AdminSite.PersonIdAsync(factory, "MARSUKI");

        var form = await HtmlForm.LoadAsync(admin, "/admin/pengguna/" + id, "form[action*=Ubah]");
        var response = await form.Set("Ubah.NamaLengkap", "Camat Kalaena").Set("Ubah.Peran", "Official")
            .Set("Ubah.KantorId", office.ToString()).Set("Ubah.PegawaiId", person.ToString()).PostAsync(admin);

        AdminSite.Redirected(response, "/admin/pengguna/" + id);
        var stored = await AdminSite.QueryAsync(factory, db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Equal(("Camat Kalaena", office, person), (stored.DisplayName, stored.OfficeId!.Value, stored.PersonId!.Value));
        var summary = (await AdminSite.PageAsync(admin, "/admin/pengguna/" + id)).QuerySelector(".summary")!.TextContent;
        Assert.Contains("Pejabat", summary, StringComparison.Ordinal);
        Assert.Contains("MARSUKI", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnAccount_CannotBeLockedOrLoseTheAdministratorRole()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        var name = await TestAccounts.CreateAsync(factory.Services, Role.Administrator);
        using var admin = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestAccounts.SignInAsync(admin, name);
        var page = "/admin/pengguna/" + await AdminSite.UserIdAsync(factory, name);

        var (_, lockErrors) = await AdminSite.RejectedAsync(await (await HtmlForm.LoadAsync(admin, page, "form[action*=Kunci]")).PostAsync(admin));
        var change = await HtmlForm.LoadAsync(admin, page, "form[action*=Ubah]");
        var (_, roleErrors) = await AdminSite.RejectedAsync(await change.Set("Ubah.Peran", "Evaluator").PostAsync(admin));

        Assert.Contains("Anda tidak dapat mengunci akun Anda sendiri.", lockErrors, StringComparison.Ordinal);
        Assert.Contains("Anda tidak dapat mencabut peran administrator", roleErrors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Posts_WithoutTheAntiforgeryToken_AreRejected()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var evaluator = await TestAccounts.CreateAsync(factory.Services, Role.Evaluator);
        var page = "/admin/pengguna/" + await AdminSite.UserIdAsync(factory, evaluator);
        var before = await AdminSite.CountsAsync(factory);

        var create = (await HtmlForm.LoadAsync(admin, "/admin/pengguna")).Without(AdminSite.TokenField)
            .Set("Baru.NamaPengguna", "tanpa.token").Set("Baru.NamaLengkap", "Tanpa Token").Set("Baru.Peran", "Evaluator")
            .Set("Baru.KataSandi", NewPassword).Set("Baru.UlangiKataSandi", NewPassword);
        var lockIt = (await HtmlForm.LoadAsync(admin, page, "form[action*=Kunci]")).Without(AdminSite.TokenField);

        Assert.Equal(HttpStatusCode.BadRequest, (await create.PostAsync(admin)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await lockIt.PostAsync(admin)).StatusCode);
        Assert.Equal(before, await AdminSite.CountsAsync(factory));
    }

    [Fact]
    public async Task UserPage_OfAnUnknownAccount_IsNotFound()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var response = await admin.GetAsync(new Uri("/admin/pengguna/" + Guid.NewGuid(), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
