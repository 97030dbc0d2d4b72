using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages.Admin;

[Collection(WebCollection.Name)]
public class NomenclaturePageTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AddEntry_ASubKegiatanUnderAStoredKegiatan_IsStoredAndFoundBySearch(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, "/admin/nomenklatur");
        var response = await form.Set("Entri.Tingkat", "SubKegiatan").Set("Entri.Kode", "7.01.01.2.02.0099").Set("Entri.Nama", "Sub Kegiatan Percobaan Admin").PostAsync(admin);

        AdminSite.Redirected(response, "/admin/nomenklatur");
        var stored = await AdminSite.QueryAsync(factory, db => db.Nomenclature.AsNoTracking().SingleAsync(e => e.Code == "7.01.01.2.02.0099"));
        Assert.Equal((BudgetLevel.SubKegiatan, "Sub Kegiatan Percobaan Admin", "7.01.01.2.02"), (stored.Level, stored.Name, stored.ParentCode));
        var found = await AdminSite.PageAsync(admin, "/admin/nomenklatur?cari=percobaan+admin");
        Assert.Single(found.QuerySelectorAll("tbody tr"));
        Assert.Contains("7.01.01.2.02.0099", found.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByCodeAndLevel_ListsOnlyThoseEntries()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var page = await AdminSite.PageAsync(admin, "/admin/nomenklatur?cari=7.01.01.2.01&tingkat=SubKegiatan");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Sub kegiatan", r.TextContent, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("7.01.01.2.01", r.TextContent, StringComparison.Ordinal));
        Assert.Contains("Penyusunan Dokumen Perencanaan Perangkat Daerah", page.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Program", "7.1.1", "Program Baru", "Kode program \"7.1.1\" tidak sesuai format, contoh: 7.01.01.")]
    [InlineData("Kegiatan", "7.01.01.02", "Kegiatan Baru", "Kode kegiatan \"7.01.01.02\" tidak sesuai format, contoh: 7.01.01.2.02.")]
    [InlineData("SubKegiatan", "7.01.01.2.02.01", "Sub Baru", "Kode sub kegiatan \"7.01.01.2.02.01\" tidak sesuai format, contoh: 7.01.01.2.02.0001.")]
    [InlineData("Program", "7.01.01", "Program Lain", "Kode 7.01.01 sudah dipakai oleh")]
    [InlineData("Kegiatan", "7.01.09.2.01", "Kegiatan Yatim", "Induk program dengan kode 7.01.09 belum ada di katalog")]
    [InlineData("Program", "7.01.08", "", "Nama program, kegiatan atau sub kegiatan wajib diisi.")]
    public async Task AddEntry_ThatBreaksARule_SaysWhyInIndonesianAndKeepsTheInput(string level, string code, string name, string message)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var before = await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync());

        var form = await HtmlForm.LoadAsync(admin, "/admin/nomenklatur");
        var (page, errors) = await AdminSite.RejectedAsync(await form.Set("Entri.Tingkat", level).Set("Entri.Kode", code).Set("Entri.Nama", name).PostAsync(admin));

        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Equal(code, AdminSite.Value(page, "Entri_Kode"));
        Assert.Equal(name, AdminSite.Value(page, "Entri_Nama"));
        Assert.Equal(before, await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync()));
    }

    [Fact]
    public async Task EditEntry_RenamesItKeepingItsCode()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var id = await AdminSite.QueryAsync(factory, db => db.Nomenclature.Where(e => e.Code == "7.01.01")
            .Select(e => EF.Property<int>(e, ShadowProperties.Id)).SingleAsync());

        var form = await HtmlForm.LoadAsync(admin, "/admin/nomenklatur?ubah=" + id);
        Assert.Equal("7.01.01", form.Fields["Entri.Kode"]);
        var response = await form.Set("Entri.Nama", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA (DIUBAH)").PostAsync(admin);

        AdminSite.Redirected(response, "/admin/nomenklatur");
        var stored = await AdminSite.QueryAsync(factory, db => db.Nomenclature.AsNoTracking().Where(e => e.Code == "7.01.01").ToListAsync());
        Assert.Equal("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA (DIUBAH)", Assert.Single(stored).Name);
    }

    [Fact]
    public async Task EditEntry_ChangingTheCodeOfAParent_IsRefusedSoItsChildrenKeepTheirParent()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var id = await AdminSite.QueryAsync(factory, db => db.Nomenclature.Where(e => e.Code == "7.01.01.2.01")
            .Select(e => EF.Property<int>(e, ShadowProperties.Id)).SingleAsync());

        var form = await HtmlForm.LoadAsync(admin, "/admin/nomenklatur?ubah=" + id);
        var (_, errors) = await AdminSite.RejectedAsync(await form.Set("Entri.Kode", "7.01.01.2.09").PostAsync(admin));

        Assert.Contains("Kode 7.01.01.2.01 tidak dapat diubah:", errors, StringComparison.Ordinal);
        Assert.Equal(1, await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync(e => e.Code == "7.01.01.2.01")));
    }

    [Fact]
    public async Task EditEntry_ThatDoesNotExist_IsNotFound()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var response = await admin.GetAsync(new Uri("/admin/nomenklatur?ubah=999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AddEntry_WithoutTheAntiforgeryToken_IsRejected()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var before = await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync());

        var form = (await HtmlForm.LoadAsync(admin, "/admin/nomenklatur")).Without(AdminSite.TokenField)
            .Set("Entri.Tingkat", "Program").Set("Entri.Kode", "7.01.07").Set("Entri.Nama", "Program Tanpa Token");

        Assert.Equal(HttpStatusCode.BadRequest, (await form.PostAsync(admin)).StatusCode);
        Assert.Equal(before, await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync()));
    }
}
