using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Application.Features.Organisation;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Tests.Infrastructure;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

[Collection(DatabaseCollection.Name)]
public sealed class MissingAgreementsTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Missing_ListsPositionsWithoutSignedPk_AndDaysPastTheDeadline(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await PublishedAsync(database, org);
        var kasiDraft = await CompleteAsync(database, org.OperatorKalaena, org.KasiKalaena.Id);
        await using var db = database.NewContext();
        var missing = new MissingAgreements(db, new FixedClock());

        var unknownDeadline = (await missing.ExecuteAsync(org.OperatorKalaena, org.Kalaena.Id, 2025, new DateOnly(2025, 3, 10))).Value!;
        TestDrafts.AssertOk(await new SetBudgetApproval(db).ExecuteAsync(org.Administrator, org.Region.Id, 2025, new DateOnly(2025, 1, 31)));
        var report = (await missing.ExecuteAsync(org.Evaluator, org.Kalaena.Id, 2025, new DateOnly(2025, 3, 10))).Value!;

        Assert.Equal((null, null), (unknownDeadline.Deadline, unknownDeadline.DaysPastDeadline));
        Assert.Equal(((DateOnly?)new DateOnly(2025, 2, 28), (int?)10), (report.Deadline, report.DaysPastDeadline));
        Assert.Equal(
            [("CAMAT KALAENA", (Guid?)null, (AgreementStatus?)null), ("KEPALA SEKSI PELAYANAN UMUM", kasiDraft, AgreementStatus.Draft)],
            report.Positions.Select(p => (p.PositionTitle, p.AgreementId, p.Status)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Missing_OfAnOfficeWithoutAnyPk_ListsEveryPositionOfIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();
        var office = new Domain.Organisation.Office("Dinas Pendidikan", org.Region);
        db.Offices.Add(office);
        db.Positions.AddRange(new Domain.Organisation.Position("KEPALA DINAS PENDIDIKAN", office), new Domain.Organisation.Position("SEKRETARIS DINAS", office));
        await db.SaveChangesAsync();

        var report = (await new MissingAgreements(db, new FixedClock()).ExecuteAsync(org.Administrator, office.Id, 2025)).Value!;
        var pemkab = (await new MissingAgreements(db, new FixedClock()).ExecuteAsync(org.Evaluator, org.Pemkab.Id, 2025)).Value!;

        Assert.Equal(["KEPALA DINAS PENDIDIKAN", "SEKRETARIS DINAS"], report.Positions.Select(p => p.PositionTitle));
        Assert.All(report.Positions, p => Assert.Null(p.AgreementId));
        Assert.Equal(["BUPATI LUWU TIMUR"], pemkab.Positions.Select(p => p.PositionTitle));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Missing_OfAnotherOffice_IsNotFound(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await using var db = database.NewContext();

        Assert.Equal(ResultStatus.NotFound, (await new MissingAgreements(db, new FixedClock()).ExecuteAsync(org.OperatorKalaena, org.Mangkutana.Id, 2025)).Status);
        Assert.Equal(ResultStatus.NotFound, (await new MissingAgreements(db, new FixedClock()).ExecuteAsync(Actor.Public, org.Kalaena.Id, 2025)).Status);
    }
}
