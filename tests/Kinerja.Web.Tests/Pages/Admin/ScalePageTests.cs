using System.Net;
using Kinerja.Domain.Access;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>The administrator's capaian scales: set, judged by the preview, changed, refused when they do not hold, removed.</summary>
[Collection(WebCollection.Name)]
public class ScalePageTests(PostgresServer postgres)
{
    private const string Page = "/admin/skala";
    private const string SaveForm = "form#skala-form";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Scale_SavedWithIndonesianDecimals_IsListedAndJudgesThePreviewFromItsYear(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres));
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, Page, SaveForm);
        Assert.Equal(("Sangat Baik", "91", "Sangat Kurang", ""), (form.Fields["Kategori[0].Nama"], form.Fields["Kategori[0].BatasBawah"], form.Fields["Kategori[4].Nama"], form.Fields["Kategori[4].BatasBawah"]));
        AdminSite.Redirected(await form.Set("Tahun", "2026").Set("Kategori[1].BatasBawah", "75,5").Set("BatasTampilan", "120").PostAsync(admin), Page);

        var listed = await AdminSite.PageAsync(admin, Page);
        var row = Assert.Single(listed.QuerySelectorAll(".table-wrap tbody tr")).TextContent;
        Assert.Contains("Baik: ≥ 75,5 %", row, StringComparison.Ordinal);
        Assert.Contains("Sangat Kurang: di bawahnya", row, StringComparison.Ordinal);
        Assert.Contains("120 %", row, StringComparison.Ordinal);
        Assert.Contains("disimpan", listed.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(
            "Capaian 125,00 %, ditampilkan 120,00 %, kategori Sangat Baik (skala yang berlaku mulai 2026).",
            await PreviewAsync(admin, "UjiTahun=2026&UjiTarget=80&UjiRealisasi=100"));
        Assert.Equal("Capaian 75,50 %, kategori Baik (skala yang berlaku mulai 2026).", await PreviewAsync(admin, "UjiTahun=2027&UjiTarget=200&UjiRealisasi=151"));
        Assert.Equal("Capaian 75,50 %, kategori Cukup (skala baku).", await PreviewAsync(admin, "UjiTahun=2025&UjiTarget=200&UjiRealisasi=151"));
        Assert.Equal(
            "Capaian -50,00 %, kategori Sangat Kurang (skala yang berlaku mulai 2026).",
            await PreviewAsync(admin, "UjiTahun=2026&UjiTarget=10&UjiRealisasi=25&UjiArah=LowerIsBetterDifference"));
        var undefined = await AdminSite.PageAsync(admin, Page + "?UjiTahun=2026&UjiTarget=10&UjiRealisasi=0&UjiArah=LowerIsBetterRatio");
        Assert.Contains("Capaian tidak dapat dihitung", undefined.QuerySelector("section[aria-labelledby=uji]")!.TextContent, StringComparison.Ordinal);

        var stored = await AdminSite.QueryAsync(factory, db => db.AchievementScales.AsNoTracking().SingleAsync());
        Assert.Equal((2026, (decimal?)120, (decimal?)75.5m), (stored.EffectiveFromYear, stored.DisplayCap, stored.Bands[1].Minimum));
    }

    [Fact]
    public async Task Scale_ThatDoesNotHold_IsRefusedInIndonesian_KeepsWhatWasTyped_AndStoresNothing()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, Page, SaveForm);
        var (page, errors) = await AdminSite.RejectedAsync(await form.Set("Tahun", "2026").Set("Kategori[2].BatasBawah", "sembilan puluh").Set("BatasTampilan", "90").PostAsync(admin));

        Assert.Contains("Batas bawah kategori ke-3 \"sembilan puluh\" bukan angka yang sah, mis. 90,5.", errors, StringComparison.Ordinal);
        Assert.Equal("sembilan puluh", AdminSite.Value(page, "Kategori_2__BatasBawah"));
        Assert.Equal("90", AdminSite.Value(page, "BatasTampilan"));

        var (again, coreErrors) = await AdminSite.RejectedAsync(await form.Set("Kategori[2].BatasBawah", "80").Set("Kategori[3].Nama", "baik").PostAsync(admin));
        Assert.Contains("Batas bawah kategori \"Cukup\" (80) harus lebih kecil dari batas bawah kategori di atasnya, \"Baik\" (76).", coreErrors, StringComparison.Ordinal);
        Assert.Contains("Kategori \"baik\" tertulis lebih dari sekali.", coreErrors, StringComparison.Ordinal);
        Assert.Contains("Batas tampilan capaian harus antara 100 dan 1.000 persen", coreErrors, StringComparison.Ordinal);
        Assert.Equal("baik", AdminSite.Value(again, "Kategori_3__Nama"));
        Assert.Equal(0, await AdminSite.QueryAsync(factory, db => db.AchievementScales.CountAsync()));
    }

    [Fact]
    public async Task Scale_WithATamperedRegionOrDirection_NamesTheFieldInIndonesian_AndKeepsWhatWasTyped()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);

        var form = await HtmlForm.LoadAsync(admin, Page, SaveForm);
        var (page, errors) = await AdminSite.RejectedAsync(await form.Set("DaerahId", "bukan-id").Set("Tahun", "2026").Set("Kategori[0].Nama", "Istimewa").PostAsync(admin));
        var preview = await AdminSite.PageAsync(admin, Page + "?UjiTahun=2026&UjiTarget=1&UjiRealisasi=1&UjiArah=Miring");

        Assert.Contains("Nilai \"bukan-id\" tidak sah untuk Daerah.", errors, StringComparison.Ordinal);
        Assert.Equal("Istimewa", AdminSite.Value(page, "Kategori_0__Nama"));
        Assert.Contains("Nilai \"Miring\" tidak sah untuk Arah indikator.", preview.QuerySelector("section[aria-labelledby=uji]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await AdminSite.QueryAsync(factory, db => db.AchievementScales.CountAsync()));
    }

    [Fact]
    public async Task Scale_ChangedThroughItsEditLink_StaysOne_AndRemovedBringsBackTheDefault()
    {
        await using var factory = new KinerjaWebFactory(TestDatabase.Sqlite());
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var first = await HtmlForm.LoadAsync(admin, Page, SaveForm);
        AdminSite.Redirected(await first.Set("Tahun", "2026").PostAsync(admin), Page);
        var id = await AdminSite.QueryAsync(factory, db => db.AchievementScales.Select(s => s.Id).SingleAsync());

        var edit = await HtmlForm.LoadAsync(admin, Page + "?ubah=" + id, SaveForm);
        Assert.Equal("2026", edit.Fields["Tahun"]);
        AdminSite.Redirected(
            await edit.Set("Kategori[0].Nama", "Tercapai").Set("Kategori[0].BatasBawah", "100").Set("Kategori[1].Nama", "Belum Tercapai").Set("Kategori[1].BatasBawah", "")
                .Set("Kategori[2].Nama", "").Set("Kategori[2].BatasBawah", "").Set("Kategori[3].Nama", "").Set("Kategori[3].BatasBawah", "")
                .Set("Kategori[4].Nama", "").PostAsync(admin),
            Page);
        var changed = await AdminSite.QueryAsync(factory, db => db.AchievementScales.AsNoTracking().SingleAsync());
        Assert.Equal((id, "Tercapai|Belum Tercapai"), (changed.Id, string.Join("|", changed.Bands.Select(b => b.Name))));

        var remove = HtmlForm.Parse(await admin.GetStringAsync(new Uri(Page, UriKind.Relative)), Page, "form[action*=Hapus]");
        AdminSite.Redirected(await remove.PostAsync(admin), Page);

        Assert.Equal(0, await AdminSite.QueryAsync(factory, db => db.AchievementScales.CountAsync()));
        Assert.Equal("Capaian 95,00 %, kategori Sangat Baik (skala baku).", await PreviewAsync(admin, "UjiTahun=2026&UjiTarget=100&UjiRealisasi=95"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri(Page + "?ubah=" + id, UriKind.Relative))).StatusCode);
    }

    private static async Task<string> PreviewAsync(HttpClient client, string query)
    {
        var page = await AdminSite.PageAsync(client, Page + "?" + query);
        var result = page.QuerySelector(".scale-result") ?? throw new InvalidOperationException("No preview: " + page.QuerySelector("section[aria-labelledby=uji]")!.TextContent);
        return string.Join(" ", result.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal);
    }
}
