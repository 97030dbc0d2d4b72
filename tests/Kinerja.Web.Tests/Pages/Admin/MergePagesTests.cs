using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;
using Kinerja.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Pages.Admin;

/// <summary>The administrator merges a person or a position the register holds twice, through the admin pages.</summary>
[Collection(WebCollection.Name)]
public class MergePagesTests(PostgresServer postgres)
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Pegawai_Gabungkan_MovesTheAssignmentAndDeletesTheDuplicate(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var (kept, duplicate, position) = await SeedAsync(factory);

        var page = await AdminSite.PageAsync(admin, "/admin/pegawai");
        Assert.NotNull(page.QuerySelector("#form-gabung button[data-confirm]"));
        var form = await HtmlForm.LoadAsync(admin, "/admin/pegawai", "#form-gabung");
        var same = await form.Set("Gabung.TetapId", kept.ToString()).Set("Gabung.DigabungId", kept.ToString()).PostAsync(admin);
        var (_, errors) = await AdminSite.RejectedAsync(same);
        Assert.Contains("Pegawai tidak dapat digabungkan dengan dirinya sendiri.", errors, StringComparison.Ordinal);

        var merged = await form.Set("Gabung.TetapId", kept.ToString()).Set("Gabung.DigabungId", duplicate.ToString()).PostAsync(admin);

        AdminSite.Redirected(merged, "/admin/pegawai");
        Assert.False(await AdminSite.QueryAsync(factory, db => db.People.AnyAsync(p => p.Id == duplicate)));
        Assert.Equal(kept, await AdminSite.QueryAsync(factory, db => db.Assignments.Where(a => a.PositionId == position).Select(a => a.PersonId).SingleAsync()));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Jabatan_Gabungkan_MovesTheAssignmentAndDeletesTheDuplicate(string provider)
    {
        await using var factory = new KinerjaWebFactory(await TestDatabase.CreateAsync(provider, postgres), importSamples: false);
        using var admin = await factory.SignedInClientAsync(Role.Administrator);
        var (_, duplicatePerson, duplicate) = await SeedAsync(factory);
        var kept = await AdminSite.QueryAsync(factory, async db =>
        {
            var office = await db.Offices.SingleAsync();
            var bupati = new Position("BUPATI LUWU TIMUR", office);
            db.Positions.Add(bupati);
            await db.SaveChangesAsync();
            return bupati.Id;
        });

        var url = "/admin/jabatan/" + kept;
        var page = await AdminSite.PageAsync(admin, url);
        Assert.NotNull(page.QuerySelector("#form-gabung button[data-confirm]"));
        var merged = await (await HtmlForm.LoadAsync(admin, url, "#form-gabung")).Set("DigabungId", duplicate.ToString()).PostAsync(admin);

        AdminSite.Redirected(merged, url);
        Assert.False(await AdminSite.QueryAsync(factory, db => db.Positions.AnyAsync(p => p.Id == duplicate)));
        Assert.Equal(kept, await AdminSite.QueryAsync(factory, db => db.Assignments.Where(a => a.PersonId == duplicatePerson).Select(a => a.PositionId).SingleAsync()));
    }

    /// <summary>Pemkab Luwu Timur with "BUPATI" held by "IRWAN BACHRI SYAM", and a second record "IRWAN B. SYAM" holding nothing.</summary>
    private static Task<(Guid Kept, Guid Duplicate, Guid Position)> SeedAsync(KinerjaWebFactory factory) =>
        AdminSite.QueryAsync(factory, async db =>
        {
            var region = new Region("Kabupaten Luwu Timur");
            var office = new Office("Pemerintah Kabupaten Luwu Timur", region);
            var position = new Position("BUPATI", office);
            var kept = new Person(PersonName.Parse("Ir. H. IRWAN B. SYAM, S.T."), null);
            var duplicate = new Person(PersonName.Parse("IRWAN BACHRI SYAM"), null);
            var assignment = Assignment.Create(duplicate.Id, position.Id, new DateOnly(2024, 1, 1), null, AssignmentKind.Definitif).Value!;
            db.AddRange(region, office, position, kept, duplicate, assignment);
            await db.SaveChangesAsync();
            return (kept.Id, duplicate.Id, position.Id);
        });
}
