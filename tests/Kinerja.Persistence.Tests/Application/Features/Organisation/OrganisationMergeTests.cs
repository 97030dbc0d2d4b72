using Kinerja.Application.Common;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.People;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Identity;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Organisation;

/// <summary>The administrator merges a person or a position the register holds twice.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class OrganisationMergeTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task People_TheDuplicateMovesEveryReferenceAndIsDeleted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        // "MARSUKI" imported again with the NIP: the same Camat holding recorded twice, a Plt elsewhere, a party, an account.
        var duplicate = new Person(PersonName.Parse("MARSUKI, S.Pd"), Nip.Validate("19801231 200212 1 003").Nip);
        var holding = Assignment.Create(duplicate.Id, org.CamatKalaena.Id, new DateOnly(2025, 1, 1), null, AssignmentKind.Definitif).Value!;
        var acting = Assignment.Create(duplicate.Id, org.CamatMangkutana.Id, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), AssignmentKind.Plt).Value!;
        var agreement = TestAgreements.Camat();
        agreement.LinkParty(PartyRole.First, duplicate.Id, agreement.FirstParty.PositionId);
        var user = new KinerjaUser { UserName = "marsuki", Email = "marsuki@kalaena.go.id", DisplayName = "Marsuki", PersonId = duplicate.Id };
        await using (var seed = database.NewContext())
        {
            seed.AddRange(duplicate, holding, acting, agreement, user);
            await seed.SaveChangesAsync();
        }

        await using var db = database.NewContext();
        var merge = new MergePeople(db);
        Assert.Equal(ResultStatus.Forbidden, (await merge.ExecuteAsync(org.OperatorKalaena, org.Marsuki.Id, duplicate.Id)).Status);
        var same = await merge.ExecuteAsync(org.Administrator, org.Marsuki.Id, org.Marsuki.Id);
        Assert.Equal((ResultStatus.Invalid, "Pegawai tidak dapat digabungkan dengan dirinya sendiri."), (same.Status, same.Messages[0]));
        var otherNip = await merge.ExecuteAsync(org.Administrator, org.Marsuki.Id, duplicate.Id);
        Assert.Equal(ResultStatus.Conflict, otherNip.Status);
        Assert.Equal(
            "H. MARSUKI, S.Pd., M.M. (NIP 19701024 199203 1 005) dan MARSUKI, S.Pd (NIP 19801231 200212 1 003) memiliki NIP berbeda; keduanya bukan orang yang sama.",
            otherNip.Messages[0]);

        await using (var fix = database.NewContext())
        {
            (await fix.People.SingleAsync(p => p.Id == duplicate.Id)).ChangeNip(null);
            await fix.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
        var merged = await merge.ExecuteAsync(org.Administrator, org.Marsuki.Id, duplicate.Id);

        Assert.True(merged.IsOk, merged.ToString());
        db.ChangeTracker.Clear();
        Assert.False(await db.People.AnyAsync(p => p.Id == duplicate.Id));
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PersonId == org.Marsuki.Id).OrderBy(a => a.From).ToListAsync();
        Assert.Equal(
            [(org.CamatKalaena.Id, new DateOnly(2024, 1, 1), (DateOnly?)null, AssignmentKind.Definitif), (org.CamatMangkutana.Id, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), AssignmentKind.Plt)],
            assignments.Select(a => (a.PositionId, a.From, a.To, a.Kind)));
        Assert.Equal(org.Marsuki.Id, (await db.Agreements.AsNoTracking().SingleAsync()).FirstParty.PersonId);
        Assert.Equal(org.Marsuki.Id, (await db.Users.AsNoTracking().SingleAsync()).PersonId);
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.EntityType == "Person" && e.Action == AuditActions.Deleted && e.EntityId == duplicate.Id.ToString());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task People_TheNipOfTheDuplicateIsKept_OverlappingHoldersRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        // Muliani holds the Kasi post; a duplicate with the NIP held it definitively too while someone else did.
        var duplicate = new Person(PersonName.Parse("MULIANI"), Nip.Validate("19801231 200212 2 003").Nip);
        var other = Assignment.Create(duplicate.Id, org.SekcamKalaena.Id, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), AssignmentKind.Definitif).Value!;
        await using (var seed = database.NewContext())
        {
            seed.AddRange(duplicate, other);
            await seed.SaveChangesAsync();
        }

        await using var db = database.NewContext();
        var merged = await new MergePeople(db).ExecuteAsync(org.Administrator, org.Muliani.Id, duplicate.Id);

        Assert.True(merged.IsOk, merged.ToString());
        db.ChangeTracker.Clear();
        Assert.Equal("198012312002122003", (await db.People.AsNoTracking().SingleAsync(p => p.Id == org.Muliani.Id)).Nip);
        Assert.Equal(2, await db.Assignments.CountAsync(a => a.PersonId == org.Muliani.Id));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Positions_TheDuplicateBupatiMergesIntoTheKeptOne(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        // The import made "BUPATI" beside "BUPATI LUWU TIMUR": same holder recorded on it, a report and a party linked to it.
        var duplicate = new Position("BUPATI", org.Pemkab, "I.b");
        var holding = Assignment.Create(org.Irwan.Id, duplicate.Id, new DateOnly(2024, 1, 1), null, AssignmentKind.Definitif).Value!;
        var agreement = TestAgreements.Camat();
        agreement.LinkParty(PartyRole.Second, agreement.SecondParty.PersonId, duplicate.Id);
        await using (var seed = database.NewContext())
        {
            seed.AddRange(duplicate, holding, agreement);
            await seed.SaveChangesAsync();
            (await seed.Positions.SingleAsync(p => p.Id == org.CamatMangkutana.Id)).SetSuperior(duplicate, [duplicate]);
            await seed.SaveChangesAsync();
        }

        await using var db = database.NewContext();
        var merge = new MergePositions(db);
        Assert.Equal(ResultStatus.Forbidden, (await merge.ExecuteAsync(org.Evaluator, org.Bupati.Id, duplicate.Id)).Status);
        Assert.Equal(ResultStatus.Invalid, (await merge.ExecuteAsync(org.Administrator, org.Bupati.Id, org.Bupati.Id)).Status);
        var across = await merge.ExecuteAsync(org.Administrator, org.SekcamKalaena.Id, org.SekcamMangkutana.Id);
        Assert.Equal(
            (ResultStatus.Conflict, "SEKRETARIS CAMAT dan SEKRETARIS CAMAT berada di kantor yang berbeda; hanya jabatan dalam satu kantor yang dapat digabungkan."),
            (across.Status, across.Messages[0]));

        var merged = await merge.ExecuteAsync(org.Administrator, org.Bupati.Id, duplicate.Id);

        Assert.True(merged.IsOk, merged.ToString());
        db.ChangeTracker.Clear();
        Assert.False(await db.Positions.AnyAsync(p => p.Id == duplicate.Id));
        var bupati = await db.Positions.AsNoTracking().SingleAsync(p => p.Id == org.Bupati.Id);
        Assert.Equal("I.b", bupati.Eselon);
        Assert.Equal(org.Bupati.Id, (await db.Positions.AsNoTracking().SingleAsync(p => p.Id == org.CamatMangkutana.Id)).SuperiorId);
        Assert.Equal([org.Irwan.Id], await db.Assignments.AsNoTracking().Where(a => a.PositionId == org.Bupati.Id).Select(a => a.PersonId).ToListAsync());
        Assert.Equal(org.Bupati.Id, (await db.Agreements.AsNoTracking().SingleAsync()).SecondParty.PositionId);
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.EntityType == "Position" && e.Action == AuditActions.Deleted && e.EntityId == duplicate.Id.ToString());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Positions_TwoDefinitiveHoldersAtOnce_AreRefusedAndNothingChanges(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var duplicate = new Position("KASI PELAYANAN UMUM", org.Kalaena);
        var holding = Assignment.Create(org.Samuel.Id, duplicate.Id, new DateOnly(2025, 1, 1), null, AssignmentKind.Definitif).Value!;
        await using (var seed = database.NewContext())
        {
            seed.AddRange(duplicate, holding);
            await seed.SaveChangesAsync();
        }

        await using var db = database.NewContext();
        var refused = await new MergePositions(db).ExecuteAsync(org.Administrator, org.KasiKalaena.Id, duplicate.Id);

        Assert.Equal(
            (ResultStatus.Conflict, "Dua penugasan definitif pada jabatan KEPALA SEKSI PELAYANAN UMUM tumpang tindih: sejak 1 Januari 2024 dan sejak 1 Januari 2025."),
            (refused.Status, refused.Messages[0]));
        db.ChangeTracker.Clear();
        Assert.True(await db.Positions.AnyAsync(p => p.Id == duplicate.Id));
        Assert.Equal(duplicate.Id, (await db.Assignments.AsNoTracking().SingleAsync(a => a.Id == holding.Id)).PositionId);
    }
}
