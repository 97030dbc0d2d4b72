using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Persistence.Tests.Infrastructure;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

[Collection(DatabaseCollection.Name)]
public sealed class GetAgreementTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Findings_AppearAndDisappearWithTheEdits(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        await using var db = database.NewContext();
        var get = new GetAgreement(db);
        var sasaranId = (await get.ExecuteAsync(org.OperatorKalaena, id)).Value!.Agreement.Sasarans[0].Id;
        Assert.DoesNotContain((await get.ExecuteAsync(org.OperatorKalaena, id)).Value!.Findings, f => f.Code == FindingCodes.UnitContradictsIndicator);

        var indicatorId = (await new SaveIndicator(db).ExecuteAsync(org.OperatorKalaena, id, sasaranId, null, new IndicatorContent("Jumlah Paket pengamanan", TargetValue.Parse("4 Orang")))).Value;
        db.ChangeTracker.Clear();
        var withFinding = (await get.ExecuteAsync(org.OperatorKalaena, id)).Value!.Findings;
        await new SaveIndicator(db).ExecuteAsync(org.OperatorKalaena, id, sasaranId, indicatorId, new IndicatorContent("Jumlah Paket pengamanan", TargetValue.Parse("4 Paket")));
        db.ChangeTracker.Clear();
        var without = (await get.ExecuteAsync(org.OperatorKalaena, id)).Value!.Findings;

        Assert.Contains(withFinding, f => f.Code == FindingCodes.UnitContradictsIndicator && f.Message.Contains("Orang", StringComparison.Ordinal));
        Assert.DoesNotContain(without, f => f.Code == FindingCodes.UnitContradictsIndicator);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Findings_ReconcileAcrossTheOfficesAgreements(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var camat = await CompleteAsync(database, org.OperatorKalaena, org.CamatKalaena.Id);
        await using var db = database.NewContext();
        await new SaveBudgetLine(db).ExecuteAsync(
            org.OperatorKalaena, camat, null, new BudgetLineContent(BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "7.01.01", new(5_000_000), "APBD"));
        db.ChangeTracker.Clear();

        var findings = (await new GetAgreement(db).ExecuteAsync(org.OperatorKalaena, camat)).Value!.Findings;

        Assert.Contains(findings, f => f.Code == FindingCodes.BudgetProgramNotReconciled);
    }
}
