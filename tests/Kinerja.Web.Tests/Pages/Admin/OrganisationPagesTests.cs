using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>Offices, people, positions, assignments and budget approval dates as the administrator keeps them.</summary>
[Collection(WebCollection.Name)]
public class OrganisationPagesTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Person_WithA17DigitNip_IsRefusedWithTheCoresMessageAndKeepsTheOtherFields(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, "/admin/pegawai");
        var response = await form.Set("Pegawai.GelarDepan", "Dr.").Set("Pegawai.Nama", "ANDI MAPPANYUKKI").Set("Pegawai.GelarBelakang", "S.STP., M.Si.")
            .Set("Pegawai.Nip", "19800101 200501 1 00").PostAsync(admin);

        var (page, errors) = await AdminSite.RejectedAsync(response);
        Assert.Contains("tidak 18 digit, melainkan 17 digit", errors, StringComparison.Ordinal);
        Assert.Equal("ANDI MAPPANYUKKI", AdminSite.Value(page, "Pegawai_Nama"));
        Assert.Equal("Dr.", AdminSite.Value(page, "Pegawai_GelarDepan"));
        Assert.Equal("S.STP., M.Si.", AdminSite.Value(page, "Pegawai_GelarBelakang"));
        Assert.Equal("19800101 200501 1 00", AdminSite.Value(page, "Pegawai_Nip"));
        Assert.Equal(0, await AdminSite.QueryAsync(factory, db => db.People.CountAsync()));

        var fixedNip = await form.Set("Pegawai.Nip", "19800101 200501 1 001").PostAsync(admin);
        AdminSite.Redirected(fixedNip, "/admin/pegawai");
        var listed = await AdminSite.PageAsync(admin, "/admin/pegawai?cari=198001012005011001");
        Assert.Contains("Dr. ANDI MAPPANYUKKI, S.STP., M.Si.", listed.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_WithALetterInsideTheNip_IsRefusedSayingSo()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, "/admin/pegawai");
        var response = await form.Set("Pegawai.Nama", "ANDI MAPPANYUKKI").Set("Pegawai.Nip", "19800101A200501 1 001").PostAsync(admin);

        var (page, errors) = await AdminSite.RejectedAsync(response);
        Assert.Contains("NIP 19800101A200501 1 001 (ANDI MAPPANYUKKI) memuat huruf; NIP hanya terdiri dari 18 angka.", errors, StringComparison.Ordinal);
        Assert.Equal("19800101A200501 1 001", AdminSite.Value(page, "Pegawai_Nip"));
        Assert.Equal(0, await AdminSite.QueryAsync(factory, db => db.People.CountAsync()));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Position_UnderCamatKalaena_WithAPltAssignment_PrintsWithThePrefix(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var office = await AdminSite.OfficeIdAsync(factory, "Kecamatan Kalaena");
        var camat = await AdminSite.PositionIdAsync(factory, "CAMAT KALAENA");
        var person = await AdminSite.PersonIdAsync(factory, "BURHANUDDIN");

        var create = await (await HtmlForm.LoadAsync(admin, "/admin/jabatan")).Set("Jabatan.KantorId", office.ToString())
            .Set("Jabatan.Nama", "KEPALA SEKSI UJI COBA").Set("Jabatan.Eselon", "IV.a").Set("Jabatan.AtasanId", camat.ToString()).PostAsync(admin);
        AdminSite.Redirected(create, "/admin/jabatan/");
        var page = create.Headers.Location!.OriginalString;
        var stored = await AdminSite.QueryAsync(factory, async db => (await db.Positions.AsNoTracking().ToListAsync()).Single(p => p.HasTitle("KEPALA SEKSI UJI COBA")));
        Assert.Equal((camat, "IV.a", office), (stored.SuperiorId!.Value, stored.Eselon, stored.OfficeId));

        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        var assign = await (await HtmlForm.LoadAsync(admin, page, "#form-penugasan")).Set("Penugasan.PegawaiId", person.ToString())
            .Set("Penugasan.Jenis", "Plt").Set("Penugasan.Mulai", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).PostAsync(admin);
        AdminSite.Redirected(assign, page);

        var detail = await AdminSite.PageAsync(admin, page);
        Assert.Equal("Plt. KEPALA SEKSI UJI COBA", detail.QuerySelector("[data-printed-title]")!.TextContent.Trim());
        Assert.Contains("BURHANUDDIN", detail.QuerySelector("#pejabat")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var list = await AdminSite.PageAsync(admin, "/admin/jabatan?kantor=" + office);
        Assert.Contains("Plt. KEPALA SEKSI UJI COBA", list.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Superior_ThatWouldMakeACycle_IsRefusedWithTheDomainsMessage()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var camat = await AdminSite.PositionIdAsync(factory, "CAMAT KALAENA");
        var subordinate = await AdminSite.QueryAsync(factory, db => db.Positions.Where(p => p.SuperiorId == camat).Select(p => p.Id).FirstAsync());

        var form = await HtmlForm.LoadAsync(admin, "/admin/jabatan/" + camat, "#form-jabatan");
        var (_, errors) = await AdminSite.RejectedAsync(await form.Set("Jabatan.AtasanId", subordinate.ToString()).PostAsync(admin));

        Assert.Contains("tidak dapat menjadi atasan CAMAT KALAENA: hubungan atasan akan berputar.", errors, StringComparison.Ordinal);
        Assert.NotEqual(subordinate, await AdminSite.QueryAsync(factory, db => db.Positions.Where(p => p.Id == camat).Select(p => p.SuperiorId).SingleAsync()));
    }

    [Fact]
    public async Task Assignment_EndedThenDeleted_LeavesThePositionVacant()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var office = await AdminSite.OfficeIdAsync(factory, "Kecamatan Kalaena");
        var person = await AdminSite.PersonIdAsync(factory, "BURHANUDDIN");
        var create = await (await HtmlForm.LoadAsync(admin, "/admin/jabatan")).Set("Jabatan.KantorId", office.ToString()).Set("Jabatan.Nama", "STAF UJI").PostAsync(admin);
        var page = create.Headers.Location!.OriginalString;
        await (await HtmlForm.LoadAsync(admin, page, "#form-penugasan")).Set("Penugasan.PegawaiId", person.ToString())
            .Set("Penugasan.Jenis", "Definitif").Set("Penugasan.Mulai", "2024-01-02").PostAsync(admin);

        var end = await (await HtmlForm.LoadAsync(admin, page, "form[action*=Akhiri]")).Set("TanggalAkhir", "2024-12-31").PostAsync(admin);
        AdminSite.Redirected(end, page);
        var ended = await AdminSite.PageAsync(admin, page);
        Assert.Contains("2 Januari 2024 s.d. 31 Desember 2024", ended.QuerySelector("#riwayat")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("tidak diisi pejabat hari ini", ended.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);

        var deleted = await (await HtmlForm.LoadAsync(admin, page, "form[action*=Hapus]")).PostAsync(admin);
        AdminSite.Redirected(deleted, page);
        Assert.Equal(0, await AdminSite.QueryAsync(factory, db => db.Assignments.CountAsync(a => a.PersonId == person && a.To == new DateOnly(2024, 12, 31))));
    }

    [Fact]
    public async Task Assignment_EndingBeforeItStarts_IsRefusedInIndonesianAndKeepsTheDates()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var camat = await AdminSite.PositionIdAsync(factory, "CAMAT KALAENA");
        var person = await AdminSite.PersonIdAsync(factory, "BURHANUDDIN");
        var before = await AdminSite.CountsAsync(factory);

        var form = await HtmlForm.LoadAsync(admin, "/admin/jabatan/" + camat, "#form-penugasan");
        var (page, errors) = await AdminSite.RejectedAsync(await form.Set("Penugasan.PegawaiId", person.ToString()).Set("Penugasan.Jenis", "Plh")
            .Set("Penugasan.Mulai", "2025-03-10").Set("Penugasan.Sampai", "2025-03-01").PostAsync(admin));

        Assert.Contains("Tanggal akhir penugasan (1 Maret 2025) sebelum tanggal mulainya (10 Maret 2025).", errors, StringComparison.Ordinal);
        Assert.Equal("2025-03-10", AdminSite.Value(page, "Penugasan_Mulai"));
        Assert.Equal("2025-03-01", AdminSite.Value(page, "Penugasan_Sampai"));
        Assert.Equal(before, await AdminSite.CountsAsync(factory));
    }

    [Fact]
    public async Task Office_CreatedThenRenamed_IsListedUnderItsNewName()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var offices = await AdminSite.QueryAsync(factory, db => db.Offices.CountAsync());

        AdminSite.Redirected(await (await HtmlForm.LoadAsync(admin, "/admin/kantor")).Set("Nama", "Kecamatan Uji").PostAsync(admin), "/admin/kantor");
        var id = await AdminSite.OfficeIdAsync(factory, "Kecamatan Uji");
        var duplicate = await (await HtmlForm.LoadAsync(admin, "/admin/kantor")).Set("Nama", "KECAMATAN KALAENA").PostAsync(admin);
        var (_, errors) = await AdminSite.RejectedAsync(duplicate);
        AdminSite.Redirected(await (await HtmlForm.LoadAsync(admin, "/admin/kantor?ubah=" + id)).Set("Nama", "Kecamatan Uji Coba").PostAsync(admin), "/admin/kantor");

        Assert.Contains("Kantor \"KECAMATAN KALAENA\" sudah ada.", errors, StringComparison.Ordinal);
        var names = (await AdminSite.PageAsync(admin, "/admin/kantor")).QuerySelector("tbody")!.TextContent;
        Assert.Contains("Kecamatan Uji Coba", names, StringComparison.Ordinal);
        Assert.Equal(offices + 1, await AdminSite.QueryAsync(factory, db => db.Offices.CountAsync()));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task BudgetApproval_IsRecordedWithADeadlineOneMonthLater(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, "/admin/anggaran");
        AdminSite.Redirected(await form.Set("Tahun", "2025").Set("Tanggal", "2024-12-31").PostAsync(admin), "/admin/anggaran");
        AdminSite.Redirected(await form.Set("Tahun", "2025").Set("Tanggal", "2025-01-06").PostAsync(admin), "/admin/anggaran");

        var row = Assert.Single((await AdminSite.PageAsync(admin, "/admin/anggaran")).QuerySelectorAll("tbody tr"));
        Assert.Contains("6 Januari 2025", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("6 Februari 2025", row.TextContent, StringComparison.Ordinal);
        var stored = await AdminSite.QueryAsync(factory, db => db.BudgetApprovals.AsNoTracking().SingleAsync());
        Assert.Equal((2025, new DateOnly(2025, 1, 6), new DateOnly(2025, 2, 6)), (stored.Year, stored.ApprovedOn, stored.Deadline));
    }

    [Fact]
    public async Task BudgetApproval_WithoutAYearOrDate_SaysWhatIsMissingInIndonesian()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, "/admin/anggaran");
        var (_, errors) = await AdminSite.RejectedAsync(await form.Set("Tahun", "dua ribu").Set("Tanggal", "").PostAsync(admin));

        Assert.Contains("Tahun wajib diisi dengan angka", errors, StringComparison.Ordinal);
        Assert.Contains("Tanggal pengesahan bukan tanggal yang sah.", errors, StringComparison.Ordinal);
        Assert.Equal(0, await AdminSite.QueryAsync(factory, db => db.BudgetApprovals.CountAsync()));
    }

    [Fact]
    public async Task PositionPage_OfAnUnknownPosition_IsNotFound()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/admin/jabatan/" + Guid.NewGuid(), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/admin/pegawai?ubah=" + Guid.NewGuid(), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AdminStartPage_LinksEveryGroup()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite(), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var page = await AdminSite.PageAsync(admin, "/admin");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/admin/pengguna", "/admin/kantor", "/admin/jabatan", "/admin/pegawai", "/admin/nomenklatur", "/admin/anggaran", "/admin/skala"], links);
        Assert.Contains("href=\"/admin\"", await admin.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }
}
