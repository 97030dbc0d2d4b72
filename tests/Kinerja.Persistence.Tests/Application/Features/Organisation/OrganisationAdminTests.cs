using Kinerja.Application.Common;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence.Tests.Application.Features.Organisation;

[Collection(DatabaseCollection.Name)]
public sealed class OrganisationAdminTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OfficesAndPositions_CreateRenameAndSuperiorWithoutCycles(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var admin = org.Administrator;

        var office = (await new SaveOffice(db).ExecuteAsync(admin, null, org.Region.Id, "Kecamatan Malili")).Value;
        Assert.Equal(ResultStatus.Conflict, (await new SaveOffice(db).ExecuteAsync(admin, null, org.Region.Id, "KECAMATAN  malili")).Status);
        Assert.True((await new SaveOffice(db).ExecuteAsync(admin, office, org.Region.Id, "Kecamatan Malili Baru")).IsOk);
        var camat = (await new SavePosition(db).ExecuteAsync(admin, null, office, "CAMAT MALILI", "III.a", org.Bupati.Id)).Value;
        var sekcam = (await new SavePosition(db).ExecuteAsync(admin, null, office, "SEKRETARIS CAMAT", null, camat)).Value;
        var cycle = await new SavePosition(db).ExecuteAsync(admin, camat, office, "CAMAT MALILI", "III.a", sekcam);
        Assert.Equal((ResultStatus.Invalid, "SEKRETARIS CAMAT tidak dapat menjadi atasan CAMAT MALILI: hubungan atasan akan berputar."), (cycle.Status, cycle.Messages[0]));
        Assert.Equal(ResultStatus.Conflict, (await new SavePosition(db).ExecuteAsync(admin, null, office, "Plt. CAMAT MALILI", null, null)).Status);
        Assert.Equal(ResultStatus.Forbidden, (await new SaveOffice(db).ExecuteAsync(org.OperatorKalaena, null, org.Region.Id, "Kecamatan X")).Status);
        Assert.Equal(ResultStatus.Forbidden, (await new SavePosition(db).ExecuteAsync(org.Evaluator, null, office, "X", null, null)).Status);

        db.ChangeTracker.Clear();
        Assert.Equal("Kecamatan Malili Baru", (await db.Offices.SingleAsync(o => o.Id == office)).Name);
        var stored = await db.Positions.AsNoTracking().Where(p => p.OfficeId == office).OrderBy(p => p.Title).ToListAsync();
        Assert.Equal([("CAMAT MALILI", "III.a", (Guid?)org.Bupati.Id), ("SEKRETARIS CAMAT", null, (Guid?)camat)], stored.Select(p => (p.Title, p.Eselon, p.SuperiorId)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task People_NameTitlesAndValidatedUniqueNip(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var save = new SavePerson(db);

        var id = (await save.ExecuteAsync(org.Administrator, null, "HARTATI", null, "S.AN", "19800101 200501 2 003")).Value;
        var invalid = await save.ExecuteAsync(org.Administrator, id, "HARTATI", null, "S.AN", "19800101 200501 2 0031");
        var taken = await save.ExecuteAsync(org.Administrator, id, "HARTATI", null, "S.AN", "19701024 199203 1 005");

        Assert.Equal(ResultStatus.Invalid, invalid.Status);
        Assert.Contains("tidak 18 digit", invalid.Messages[0], StringComparison.Ordinal);
        Assert.Equal((ResultStatus.Conflict, "NIP 19701024 199203 1 005 sudah dipakai oleh pegawai lain."), (taken.Status, taken.Messages[0]));
        Assert.Equal(ResultStatus.Forbidden, (await save.ExecuteAsync(org.OperatorKalaena, null, "X", null, null, null)).Status);
        db.ChangeTracker.Clear();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal(("HARTATI, S.AN", "198001012005012003"), (person.PrintedName, person.Nip));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Assignments_OverlappingDefinitiveRefused_ActingAllowed_Deleted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var save = new SaveAssignment(db);

        var overlap = await save.ExecuteAsync(org.Administrator, null, org.Muliani.Id, org.CamatKalaena.Id, new DateOnly(2025, 7, 1), null, AssignmentKind.Definitif);
        var plt = await save.ExecuteAsync(org.Administrator, null, org.Muliani.Id, org.CamatKalaena.Id, new DateOnly(2025, 7, 1), null, AssignmentKind.Plt);
        var ended = await save.ExecuteAsync(org.Administrator, org.Assignments[1].Id, org.Marsuki.Id, org.CamatKalaena.Id, new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30), AssignmentKind.Definitif);
        var successor = await save.ExecuteAsync(org.Administrator, null, org.Muliani.Id, org.CamatKalaena.Id, new DateOnly(2025, 7, 1), null, AssignmentKind.Definitif);

        Assert.Equal(ResultStatus.Invalid, overlap.Status);
        Assert.Equal("Dua penugasan definitif pada jabatan CAMAT KALAENA tumpang tindih: sejak 1 Januari 2024 dan sejak 1 Juli 2025.", overlap.Messages[0]);
        Assert.True(plt.IsOk && ended.IsOk && successor.IsOk, string.Join(" | ", plt, ended, successor));
        Assert.True((await new DeleteAssignment(db).ExecuteAsync(org.Administrator, plt.Value)).IsOk);
        Assert.Equal(ResultStatus.NotFound, (await new DeleteAssignment(db).ExecuteAsync(org.Administrator, plt.Value)).Status);
        Assert.Equal(ResultStatus.Forbidden, (await save.ExecuteAsync(org.OperatorKalaena, null, org.Muliani.Id, org.KasiKalaena.Id, new DateOnly(2025, 1, 1), null, AssignmentKind.Plh)).Status);

        db.ChangeTracker.Clear();
        var camat = await db.Assignments.AsNoTracking().Where(a => a.PositionId == org.CamatKalaena.Id).OrderBy(a => a.From).ToListAsync();
        Assert.Equal([(org.Marsuki.Id, (DateOnly?)new DateOnly(2025, 6, 30)), (org.Muliani.Id, null)], camat.Select(a => (a.PersonId, a.To)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetOrganisation_OperatorSeesOwnOffice_PublicNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();

        var all = (await new GetOrganisation(db).ExecuteAsync(org.Administrator)).Value!;
        var own = (await new GetOrganisation(db).ExecuteAsync(org.OperatorKalaena)).Value!;

        Assert.Equal(["Kecamatan Kalaena", "Kecamatan Mangkutana", "Pemerintah Kabupaten Luwu Timur"], all.Offices.Select(o => o.Name));
        Assert.Equal(["Kecamatan Kalaena"], own.Offices.Select(o => o.Name));
        Assert.Equal(["BUPATI LUWU TIMUR", "CAMAT KALAENA", "KEPALA SEKSI PELAYANAN UMUM", "SEKRETARIS CAMAT"], own.Positions.Select(p => p.Title));
        Assert.DoesNotContain(own.People, p => p.Id == org.Samuel.Id);
        Assert.Equal(ResultStatus.Forbidden, (await new GetOrganisation(db).ExecuteAsync(Actor.Public)).Status);
    }
}
