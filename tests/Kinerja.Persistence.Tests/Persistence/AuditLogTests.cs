using System.Text.Json;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Persistence;

[Collection(DatabaseCollection.Name)]
public sealed class AuditLogTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_RecordsCreatedWorkflowVerbsUpdatedAndDeleted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var clock = new FixedClock();
        var region = new Region("Kabupaten Luwu Timur");
        var office = new Office("Kecamatan Kalaena", region);
        var agreement = TestAgreements.Camat();
        agreement.LinkOffice(office.Id);

        await using (var db = database.NewContext(TestAuditActor.Operator, clock))
        {
            db.AddRange(region, office, agreement);
            await db.SaveChangesAsync();

            clock.Now = clock.Now.AddMinutes(5);
            Assert.True(agreement.UpdateIndicator(agreement.Indicators.First().Id, agreement.Indicators.First().Content with { Target = TargetValue.Parse("75 Nilai") }).Success);
            Assert.True(agreement.Submit().Success);
            await db.SaveChangesAsync();

            clock.Now = clock.Now.AddMinutes(5);
            Assert.True(agreement.Return("Perbaiki target.").Success);
            Assert.True(agreement.RemoveBudgetLine(agreement.BudgetLines[2].Id).Success);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync();

            var created = Assert.Single(entries, e => e.EntityType == "Agreement" && e.Action == AuditActions.Created);
            Assert.Equal((FixedClock.Start, TestAuditActor.Operator.UserId, "Operator Kalaena", agreement.Id.ToString(), (Guid?)office.Id), (created.At, created.UserId, created.UserName, created.EntityId, created.OfficeId));
            Assert.Null(created.Before);
            var after = JsonDocument.Parse(created.After!).RootElement;
            Assert.Equal(("Draft", TestAgreements.Office), (after.GetProperty("Status").GetString(), after.GetProperty("Office").GetString()));
            Assert.Contains(entries, e => e.EntityType == "Office" && e.Action == AuditActions.Created && e.OfficeId == office.Id);
            Assert.Contains(entries, e => e.EntityType == "Sasaran" && e.Action == AuditActions.Created && e.OfficeId == office.Id);
            Assert.Contains(entries, e => e.EntityType == "Indicator" && e.Action == AuditActions.Created && e.OfficeId == office.Id);

            var submitted = Assert.Single(entries, e => e.Action == AuditActions.Submitted);
            Assert.Equal((FixedClock.Start.AddMinutes(5), "{\"Status\":\"Draft\"}", "{\"Status\":\"Submitted\"}"), (submitted.At, submitted.Before, submitted.After));

            var target = Assert.Single(entries, e => e.EntityType == "Indicator" && e.Action == AuditActions.Updated);
            Assert.Contains("\"Target.Value\":70.05", target.Before, StringComparison.Ordinal);
            Assert.Contains("\"Target.Value\":75", target.After, StringComparison.Ordinal);
            Assert.Contains("\"Target.Text\":\"75 Nilai\"", target.After, StringComparison.Ordinal);

            Assert.Equal(FixedClock.Start.AddMinutes(10), Assert.Single(entries, e => e.Action == AuditActions.Returned).At);
            var deleted = Assert.Single(entries, e => e.Action == AuditActions.Deleted);
            Assert.Equal(("BudgetLine", (Guid?)office.Id), (deleted.EntityType, deleted.OfficeId));
            Assert.Contains("\"Amount\":1000000", deleted.Before, StringComparison.Ordinal);
            Assert.Null(deleted.After);
            Assert.DoesNotContain(entries, e => e.EntityType == nameof(AuditEntry));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_WithoutUser_NamesTheSystem(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using (var db = database.NewContext())
        {
            db.Regions.Add(new Region("Kabupaten Luwu Timur"));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
            Assert.Equal(("sistem", (Guid?)null, "Region", AuditActions.Created), (entry.UserName, entry.UserId, entry.EntityType, entry.Action));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_Users_LeaveSecretsOutOfTheLog(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using (var db = database.NewContext())
        {
            db.Users.Add(new Identity.KinerjaUser { UserName = "admin", DisplayName = "Admin", PasswordHash = "AQAAAAIAAYagAAAAEsecret" });
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
            Assert.DoesNotContain("secret", entry.After, StringComparison.Ordinal);
            Assert.DoesNotContain("SecurityStamp", entry.After, StringComparison.Ordinal);
            Assert.Contains("\"DisplayName\":\"Admin\"", entry.After, StringComparison.Ordinal);
        }
    }
}
