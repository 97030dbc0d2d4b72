using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Persistence.Tests.Infrastructure;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

[Collection(DatabaseCollection.Name)]
public sealed class CreateAgreementTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_FillsPartiesFromSuperiorAndAssignments(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using (var db = database.NewContext())
        {
            var plt = Assignment.Create(org.Muliani.Id, org.CamatKalaena.Id, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), AssignmentKind.Plt).Value!;
            db.Assignments.Add(plt);
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            var result = await new CreateAgreement(db, new FixedClock()).ExecuteAsync(org.OperatorKalaena, org.SekcamKalaena.Id, 2025, On);
            var agreement = (await new GetAgreement(db).ExecuteAsync(org.OperatorKalaena, result.Value)).Value!.Agreement;

            Assert.Equal((AgreementStatus.Draft, AgreementKind.Awal, 2025, (Guid?)org.Kalaena.Id, "Kecamatan Kalaena"), (agreement.Status, agreement.Kind, agreement.Year, agreement.OfficeId, agreement.Office));
            Assert.Equal(("BURHANUDDIN, S.H.", "SEKRETARIS CAMAT", "197503172000031002"), (agreement.FirstParty.PrintedName, agreement.FirstParty.Position, agreement.FirstParty.Nip));
            Assert.Equal(("MULIANI, S.E., M.M.", "Plt. CAMAT KALAENA", (Guid?)org.Muliani.Id), (agreement.SecondParty.PrintedName, agreement.SecondParty.Position, agreement.SecondParty.PersonId));
        }
    }

    /// <summary>
    /// The Plt. Camat acts until 31 January. At 23:30 UTC on 31 January it is already 1 February in WITA (and WIB): a PK
    /// started then names the Camat's holder of 1 February, not the Plt. of the server's UTC date. At 16:30 UTC it is
    /// still 31 January in WIB but 1 February in WITA.
    /// </summary>
    [SkippableTheory]
    [InlineData(23, "WITA", false)]
    [InlineData(23, "WIB", false)]
    [InlineData(16, "WIB", true)]
    [InlineData(16, "WITA", false)]
    public async Task Create_WithoutADate_TakesTodayInTheRegionsTimeZone(int utcHour, string zone, bool pltStillActs)
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using (var db = database.NewContext())
        {
            db.Assignments.Add(Assignment.Create(org.Muliani.Id, org.CamatKalaena.Id, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), AssignmentKind.Plt).Value!);
            await db.SaveChangesAsync();
        }

        var clock = new Kinerja.Domain.Common.RegionClock(
            new FixedClock(new DateTimeOffset(2025, 1, 31, utcHour, 30, 0, TimeSpan.Zero)), Kinerja.Domain.Common.RegionTime.Parse(zone)!);
        await using var context = database.NewContext();
        var result = await new CreateAgreement(context, clock).ExecuteAsync(org.OperatorKalaena, org.SekcamKalaena.Id, 2025);
        var agreement = (await new GetAgreement(context).ExecuteAsync(org.OperatorKalaena, result.Value)).Value!.Agreement;

        Assert.Equal(pltStillActs, agreement.SecondParty.PersonId == org.Muliani.Id);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_Refusals(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var create = new CreateAgreement(db, new FixedClock());

        Assert.True((await create.ExecuteAsync(org.Administrator, org.CamatKalaena.Id, 2025, On)).IsOk);
        var twice = await create.ExecuteAsync(org.OperatorKalaena, org.CamatKalaena.Id, 2025, On);
        Assert.Equal((ResultStatus.Conflict, "Perjanjian Kinerja CAMAT KALAENA tahun 2025 sudah ada."), (twice.Status, twice.Messages[0]));
        var vacant = await create.ExecuteAsync(org.OperatorKalaena, org.KasiKalaena.Id, 2023, new DateOnly(2023, 1, 2));
        Assert.Equal(ResultStatus.Invalid, vacant.Status);
        Assert.Equal(["Jabatan KEPALA SEKSI PELAYANAN UMUM tidak diisi pejabat pada 2 Januari 2023.", "Jabatan CAMAT KALAENA tidak diisi pejabat pada 2 Januari 2023."], vacant.Messages);
        Assert.Equal(ResultStatus.Invalid, (await create.ExecuteAsync(org.Administrator, org.Bupati.Id, 2025, On)).Status);
        Assert.Equal(ResultStatus.Forbidden, (await create.ExecuteAsync(org.Evaluator, org.KasiKalaena.Id, 2025, On)).Status);
        Assert.Equal(ResultStatus.Forbidden, (await create.ExecuteAsync(org.CamatKalaenaOfficial, org.KasiKalaena.Id, 2025, On)).Status);
        Assert.Equal(ResultStatus.NotFound, (await create.ExecuteAsync(org.OperatorMangkutana, org.KasiKalaena.Id, 2025, On)).Status);
        Assert.Equal(ResultStatus.NotFound, (await create.ExecuteAsync(org.OperatorKalaena, Guid.CreateVersion7(), 2025, On)).Status);
    }
}
