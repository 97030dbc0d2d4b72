using Kinerja.Application.Common;
using Kinerja.Application.Features.Scales;
using Kinerja.Domain.Measurement;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Scales;

[Collection(DatabaseCollection.Name)]
public sealed class AchievementScaleTests(PostgresServer server)
{
    private static readonly AchievementBand[] TwoBands = [new("Tercapai", 100), new("Tidak Tercapai", null)];

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Get_WithoutScales_IsTheDefault(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();

        var scale = (await new GetAchievementScale(db).ExecuteAsync(org.Region.Id, 2025)).Value!;

        Assert.Equal(["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"], scale.Bands.Select(b => b.Name));
        Assert.Null(scale.DisplayCap);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_StoresExactBoundsInOrder_AndAppliesFromItsYear(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        AchievementBand[] bands = [new("Sangat Kurang", null), new("Sangat Baik", 90.5m), new("Baik", 75.25m)];
        await using (var db = database.NewContext())
        {
            TestDrafts.AssertOk(await new SaveAchievementScale(db).ExecuteAsync(org.Administrator, org.Region.Id, 2026, [bands[1], bands[2], bands[0]], 120.5m));
        }

        await using (var db = database.NewContext())
        {
            var get = new GetAchievementScale(db);
            var earlier = (await get.ExecuteAsync(org.Region.Id, 2025)).Value!;
            var scale = (await get.ExecuteAsync(org.Region.Id, 2027)).Value!;

            Assert.Equal("Sangat Baik", earlier.Bands[0].Name);
            Assert.Equal(91, earlier.Bands[0].Minimum);
            Assert.Equal([("Sangat Baik", (decimal?)90.5m), ("Baik", 75.25m), ("Sangat Kurang", null)], scale.Bands.Select(b => (b.Name, b.Minimum)));
            Assert.Equal(120.5m, scale.DisplayCap);
            Assert.Equal(new AssessedAchievement(130, 120.5m, true, "Sangat Baik"), scale.Assess(130));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_SameYearAgain_ChangesIt_AndTheAuditLogRecordsIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using (var db = database.NewContext(TestAuditActor.Operator))
        {
            var save = new SaveAchievementScale(db);
            TestDrafts.AssertOk(await save.ExecuteAsync(org.Administrator, org.Region.Id, 2026, AchievementScale.DefaultBands, null));
            TestDrafts.AssertOk(await save.ExecuteAsync(org.Administrator, org.Region.Id, 2026, TwoBands, 150));
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.AchievementScales.AsNoTracking().SingleAsync();
            Assert.Equal((2026, (decimal?)150), (stored.EffectiveFromYear, stored.DisplayCap));
            Assert.Equal(["Tercapai", "Tidak Tercapai"], stored.Bands.Select(b => b.Name));
            Assert.Equal(2, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"AchievementScaleBands\"").SingleAsync());
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType.Contains("Achievement")).ToListAsync();
            Assert.Contains(entries, e => e.EntityType == "AchievementScale" && e.Action == AuditActions.Created);
            Assert.Contains(entries, e => e.EntityType == "AchievementScale" && e.Action == AuditActions.Updated && e.After!.Contains("150", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.Action == AuditActions.Deleted && e.Before!.Contains("Sangat Baik", StringComparison.Ordinal));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_Invalid_IsRefusedWithTheCoreReasons_AndKeepsTheStoredScale(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var save = new SaveAchievementScale(db);
        TestDrafts.AssertOk(await save.ExecuteAsync(org.Administrator, org.Region.Id, 2026, TwoBands, null));

        var refused = await save.ExecuteAsync(org.Administrator, org.Region.Id, 2026, [new("Baik", 50), new("Baik", 60)], 50);

        Assert.Equal(ResultStatus.Invalid, refused.Status);
        Assert.Equal(3, refused.Messages.Count);
        await using var fresh = database.NewContext();
        Assert.Equal(["Tercapai", "Tidak Tercapai"], (await fresh.AchievementScales.AsNoTracking().SingleAsync()).Bands.Select(b => b.Name));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Remove_BringsBackThePreviousScale(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var save = new SaveAchievementScale(db);
        TestDrafts.AssertOk(await save.ExecuteAsync(org.Administrator, org.Region.Id, 2025, TwoBands, null));
        TestDrafts.AssertOk(await save.ExecuteAsync(org.Administrator, org.Region.Id, 2027, AchievementScale.DefaultBands, 120));
        var later = (await new ListAchievementScales(db).ExecuteAsync(org.Administrator)).Value!;

        Assert.Equal(2027, (await new RemoveAchievementScale(db).ExecuteAsync(org.Administrator, later[0].Id)).Value);

        Assert.Equal([2027, 2025], later.Select(s => s.EffectiveFromYear));
        Assert.Equal("Tercapai", (await new GetAchievementScale(db).ExecuteAsync(org.Region.Id, 2028)).Value!.CategoryOf(100));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OnlyTheAdministrator_ListsSavesAndRemoves(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        TestDrafts.AssertOk(await new SaveAchievementScale(db).ExecuteAsync(org.Administrator, org.Region.Id, 2026, TwoBands, null));
        var id = (await db.AchievementScales.SingleAsync()).Id;

        foreach (var actor in new[] { org.OperatorKalaena, org.Evaluator, org.CamatKalaenaOfficial, Domain.Access.Actor.Public })
        {
            Assert.Equal(ResultStatus.Forbidden, (await new ListAchievementScales(db).ExecuteAsync(actor)).Status);
            Assert.Equal(ResultStatus.Forbidden, (await new SaveAchievementScale(db).ExecuteAsync(actor, org.Region.Id, 2026, AchievementScale.DefaultBands, null)).Status);
            Assert.Equal(ResultStatus.Forbidden, (await new RemoveAchievementScale(db).ExecuteAsync(actor, id)).Status);
        }

        Assert.Equal(ResultStatus.NotFound, (await new RemoveAchievementScale(db).ExecuteAsync(org.Administrator, Guid.NewGuid())).Status);
        Assert.Equal(ResultStatus.NotFound, (await new GetAchievementScale(db).ExecuteAsync(Guid.NewGuid(), 2026)).Status);
        Assert.Equal(["Tercapai", "Tidak Tercapai"], (await db.AchievementScales.AsNoTracking().SingleAsync()).Bands.Select(b => b.Name));
    }
}
