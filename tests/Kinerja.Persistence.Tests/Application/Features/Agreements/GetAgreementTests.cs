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

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Findings_KeptBetweenRequests_FollowAnEditMadeByAnotherInstance(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var thisInstance = new FindingsCache();
        var otherInstance = new FindingsCache();
        Guid sasaranId;
        IReadOnlyList<Finding> first;
        IReadOnlyList<Finding> again;
        await using (var db = database.NewContext())
        {
            var details = (await new GetAgreement(db, thisInstance).ExecuteAsync(org.OperatorKalaena, id)).Value!;
            (sasaranId, first) = (details.Agreement.Sasarans[0].Id, details.Findings);
            again = (await new GetAgreement(db, thisInstance).ExecuteAsync(org.OperatorKalaena, id)).Value!.Findings;
            await new ListAgreements(db, thisInstance).ExecuteAsync(org.OperatorKalaena);
        }

        // Another instance of the application, sharing the database, adds an indicator whose unit contradicts it.
        await using (var db = database.NewContext())
        {
            await new GetAgreement(db, otherInstance).ExecuteAsync(org.OperatorKalaena, id);
            var saved = await new SaveIndicator(db).ExecuteAsync(
                org.OperatorKalaena, id, sasaranId, null, new IndicatorContent("Jumlah Paket pengamanan", TargetValue.Parse("4 Orang")));
            Assert.True(saved.IsOk, saved.ToString());
        }

        await using var reader = database.NewContext();
        var pkPage = (await new GetAgreement(reader, thisInstance).ExecuteAsync(org.OperatorKalaena, id)).Value!.Findings;
        var startPage = (await new ListAgreements(reader, thisInstance).ExecuteAsync(org.OperatorKalaena)).Single(s => s.Id == id);

        Assert.Same(first, again);
        Assert.DoesNotContain(first, f => f.Code == FindingCodes.UnitContradictsIndicator);
        var finding = Assert.Single(pkPage, f => f.Code == FindingCodes.UnitContradictsIndicator);
        Assert.Equal(
            (pkPage.Count(f => f.Severity == Severity.Error), pkPage.Count(f => f.Severity == Severity.Warning), pkPage.Count(f => f.Severity == Severity.Info)),
            (startPage.Errors, startPage.Warnings, startPage.Infos));
        Assert.Equal(pkPage, (await new GetAgreement(reader, otherInstance).ExecuteAsync(org.OperatorKalaena, id)).Value!.Findings);
        Assert.NotEqual(Severity.Info, finding.Severity);
    }
}
