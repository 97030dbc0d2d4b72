using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>
/// Every administrator's page and form, for each role that is not an administrator and for an anonymous visitor:
/// reading is refused (403 with the Indonesian page, or the sign-in page), and a post with a valid antiforgery token changes nothing.
/// </summary>
[Collection(WebCollection.Name)]
public class AdminAccessTests
{
    private const string Kalaena = "Kecamatan Kalaena";

    [Theory]
    [InlineData(Role.Operator)]
    [InlineData(Role.Official)]
    [InlineData(Role.Evaluator)]
    public async Task AdminPages_ForANonAdministrator_AreForbiddenAndPostsChangeNothing(Role role)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = await factory.SignedInClientAsync(role, role is Role.Operator or Role.Official ? Kalaena : null, role == Role.Official ? "MARSUKI" : null);
        var urls = await UrlsAsync(factory);
        var before = await AdminSite.CountsAsync(factory);

        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, url + ": " + response.StatusCode);
            Assert.Contains("<h1>Akses ditolak</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var (url, fields) in await PostsAsync(factory))
        {
            var response = await AdminSite.PostAsync(client, url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, url + ": " + response.StatusCode);
            Assert.Contains("<h1>Akses ditolak</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await AdminSite.CountsAsync(factory));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotContain("href=\"/admin\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_ForAnAnonymousVisitor_SendToTheSignInPageAndPostsChangeNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var urls = await UrlsAsync(factory);
        var before = await AdminSite.CountsAsync(factory);

        foreach (var url in urls)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, url + ": " + response.StatusCode);
            Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var (url, fields) in await PostsAsync(factory))
        {
            var response = await AdminSite.PostAsync(client, url, fields, withToken: false);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, url + ": " + response.StatusCode);
        }

        Assert.Equal(before, await AdminSite.CountsAsync(factory));
    }

    private static async Task<string[]> UrlsAsync(KinerjaWebFactory factory)
    {
        var adminName = await TestAccounts.CreateAsync(factory.Services, Role.Administrator);
        var adminId = await AdminSite.UserIdAsync(factory, adminName);
        var camat = await AdminSite.PositionIdAsync(factory, "CAMAT KALAENA");
        return
        [
            "/admin", "/admin/pengguna", "/admin/pengguna/" + adminId, "/admin/nomenklatur", "/admin/nomenklatur?ubah=1",
            "/admin/kantor", "/admin/pegawai", "/admin/jabatan", "/admin/jabatan/" + camat, "/admin/anggaran",
            "/admin/skala", "/admin/skala?UjiTarget=100&UjiRealisasi=95",
        ];
    }

    private static async Task<List<(string Url, Dictionary<string, string> Fields)>> PostsAsync(KinerjaWebFactory factory)
    {
        var adminId = await AdminSite.QueryAsync(factory, db => Task.FromResult(db.Users.First().Id));
        var office = await AdminSite.OfficeIdAsync(factory, Kalaena);
        var camat = await AdminSite.PositionIdAsync(factory, "CAMAT KALAENA");
        var person = await AdminSite.PersonIdAsync(factory, "BURHANUDDIN");
        var region = await AdminSite.QueryAsync(factory, db => Task.FromResult(db.Regions.First().Id));
        var user = "/admin/pengguna/" + adminId;
        var position = "/admin/jabatan/" + camat;
        return
        [
            ("/admin/pengguna", new() { ["Baru.NamaPengguna"] = "penyusup", ["Baru.NamaLengkap"] = "Penyusup", ["Baru.Peran"] = "Administrator", ["Baru.KataSandi"] = "rahasia-baru-2025", ["Baru.UlangiKataSandi"] = "rahasia-baru-2025" }),
            (user + "?handler=Ubah", new() { ["Ubah.NamaLengkap"] = "Diubah", ["Ubah.Peran"] = "Evaluator" }),
            (user + "?handler=Kunci", new()),
            (user + "?handler=Sandi", new() { ["Sandi.KataSandi"] = "rahasia-baru-2025", ["Sandi.UlangiKataSandi"] = "rahasia-baru-2025" }),
            ("/admin/nomenklatur", new() { ["Entri.Tingkat"] = "Program", ["Entri.Kode"] = "7.01.09", ["Entri.Nama"] = "Program Baru" }),
            ("/admin/kantor", new() { ["DaerahId"] = region.ToString(), ["Nama"] = "Kecamatan Baru" }),
            ("/admin/pegawai", new() { ["Pegawai.Nama"] = "PEGAWAI BARU" }),
            ("/admin/jabatan", new() { ["Jabatan.KantorId"] = office.ToString(), ["Jabatan.Nama"] = "SEKRETARIS CAMAT" }),
            (position + "?handler=Tambah", new() { ["Penugasan.PegawaiId"] = person.ToString(), ["Penugasan.Jenis"] = "Plt", ["Penugasan.Mulai"] = "2025-10-01" }),
            (position + "?handler=Jabatan", new() { ["Jabatan.Nama"] = "CAMAT LAIN" }),
            ("/admin/pegawai?handler=Gabungkan", new() { ["Gabung.TetapId"] = person.ToString(), ["Gabung.DigabungId"] = (await AdminSite.PersonIdAsync(factory, "MARSUKI")).ToString() }),
            (position + "?handler=Gabungkan", new() { ["DigabungId"] = (await AdminSite.QueryAsync(factory, db => Task.FromResult(db.Positions.First(p => p.OfficeId == office && p.Id != camat).Id))).ToString() }),
            ("/admin/anggaran", new() { ["DaerahId"] = region.ToString(), ["Tahun"] = "2025", ["Tanggal"] = "2024-12-31" }),
            ("/admin/skala", new() { ["DaerahId"] = region.ToString(), ["Tahun"] = "2025", ["Kategori[0].Nama"] = "Tercapai", ["Kategori[0].BatasBawah"] = "100", ["Kategori[1].Nama"] = "Tidak" }),
            ("/admin/skala?handler=Hapus&id=" + Guid.NewGuid(), new()),
        ];
    }
}
