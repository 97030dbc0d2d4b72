using System.Net;
using System.Text;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Audit;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>The administrator loads a newer nomenclature list (CSV) on /admin/nomenklatur.</summary>
[Collection(WebCollection.Name)]
public class NomenclatureUploadTests(PostgresServer postgres)
{
    private const string Header = "kode;level;nama;kode_induk;sumber\n";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Upload_ANewerList_AddsNewCodesRenamesStoredOnesAndIsAudited(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var before = await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync());
        var csv = Header
            + "7.01;bidang;URUSAN PEMERINTAHAN BIDANG KECAMATAN;7;Kepmendagri baru\n"
            + "7.01.02.2.04.0099;subkegiatan;Pelayanan Administrasi Terpadu Kecamatan Daring;7.01.02.2.04;Kepmendagri baru\n"
            + "7.01.02.2.04;kegiatan;Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat (Revisi);7.01.02;\"Kepmendagri; baru\"\n";

        var response = await UploadAsync(admin, csv, replace: false);

        AdminSite.Redirected(response, "/admin/nomenklatur");
        var notice = await AdminSite.PageAsync(admin, "/admin/nomenklatur?cari=7.01.02.2.04");
        Assert.Contains("1 entri ditambahkan, 1 diubah, 0 dihapus", notice.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync()));
        var added = await AdminSite.QueryAsync(factory, db => db.Nomenclature.AsNoTracking().SingleAsync(e => e.Code == "7.01.02.2.04.0099"));
        Assert.Equal((BudgetLevel.SubKegiatan, "7.01.02.2.04"), (added.Level, added.ParentCode));
        var renamed = await AdminSite.QueryAsync(factory, db => db.Nomenclature.AsNoTracking().SingleAsync(e => e.Code == "7.01.02.2.04"));
        Assert.EndsWith("(Revisi)", renamed.Name, StringComparison.Ordinal);
        var audited = await AdminSite.QueryAsync(factory, db => db.Set<AuditEntry>().AsNoTracking().CountAsync(e => e.EntityType == "NomenclatureEntry" && e.Action == AuditActions.Created));
        Assert.True(audited > before, "the upload's new entry is in the audit log");
    }

    [Fact]
    public async Task Upload_Replacing_RemovesWhatTheListDoesNotHold()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var csv = Header
            + "7.01.02;program;PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK;7.01;\n"
            + "7.01.02.2.04;kegiatan;Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat;7.01.02;\n";

        var response = await UploadAsync(admin, csv, replace: true);

        AdminSite.Redirected(response, "/admin/nomenklatur");
        Assert.Equal(2, await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync()));
    }

    [Theory]
    [InlineData("kode,level,nama\n7.01.02,program,X\n", "Baris pertama berkas nomenklatur harus berjudul kode;level;nama;kode_induk;sumber")]
    [InlineData(Header + "7.01.02;bidang urusan;X;;\n", "Baris 2: level \"bidang urusan\" tidak dikenal")]
    [InlineData(Header + "7.1.2;program;X;;\n", "Baris 2: Kode program \"7.1.2\" tidak sesuai format, contoh: 7.01.01.")]
    [InlineData(Header + "7.01.02.2.04.0099;subkegiatan;X;7.01.02.2.04;\n7.01.02.2.04.0099;subkegiatan;Y;7.01.02.2.04;\n", "Baris 3: kode 7.01.02.2.04.0099 sudah ada pada baris 2.")]
    [InlineData(Header + "9.99.02.2.01;kegiatan;Kegiatan Tanpa Program;9.99.02;\n", "9.99.02.2.01: induk program dengan kode 9.99.02 tidak ada di berkas maupun di katalog.")]
    public async Task Upload_OfAFaultyList_SaysWhyInIndonesianAndChangesNothing(string csv, string message)
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var before = await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync());

        var response = await UploadAsync(admin, csv, replace: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync()));
    }

    [Fact]
    public async Task Upload_WithoutAFile_AsksForOne()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, "/admin/nomenklatur", "form#muat-nomenklatur");
        var response = await form.PostAsync(admin);

        Assert.Contains("Pilih berkas nomenklatur (.csv) yang akan dimuat.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ByAnOperator_ChangesNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var form = await HtmlForm.LoadAsync(admin, "/admin/nomenklatur", "form#muat-nomenklatur");
        using var operatorClient = await factory.SignedInClientAsync(Role.Operator, "Kecamatan Kalaena");
        var before = await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync());
        var csv = Header + "7.01.02.2.04.0099;subkegiatan;Sub Kegiatan Operator;7.01.02.2.04;\n";

        var response = await form.PostFileAsync(operatorClient, "BerkasNomenklatur", "nomenklatur.csv", Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.NotEqual("/admin/nomenklatur", response.Headers.Location?.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await AdminSite.QueryAsync(factory, db => db.Nomenclature.CountAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string csv, bool replace)
    {
        var form = await HtmlForm.LoadAsync(admin, "/admin/nomenklatur", "form#muat-nomenklatur");
        if (replace)
            form.Set("Ganti", "true");
        return await form.PostFileAsync(admin, "BerkasNomenklatur", "nomenklatur-baru.csv", Encoding.UTF8.GetBytes(csv), "text/csv");
    }
}
