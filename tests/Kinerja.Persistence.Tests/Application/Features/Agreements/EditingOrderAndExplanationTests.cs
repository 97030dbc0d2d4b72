using Kinerja.Application.Common;
using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Kinerja.Persistence.Tests.Infrastructure.TestDrafts;

namespace Kinerja.Persistence.Tests.Application.Features.Agreements;

/// <summary>The Lampiran 2 penjelasan of a sasaran and the order of indicators and budget lines, stored and read back.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class EditingOrderAndExplanationTests(PostgresServer server)
{
    private const string Penjelasan = "AKIP kecamatan dinilai Inspektorat setiap tahun.";

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAndRemoveExplanation_AreStoredPerSasaran(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var sasaranId = await SasaranIdAsync(database, id);

        await using (var db = database.NewContext())
            AssertOk(await new SaveExplanation(db).ExecuteAsync(org.OperatorKalaena, id, sasaranId, Penjelasan));
        await using (var db = database.NewContext())
        {
            var stored = await LoadAsync(db, id);
            var explanation = Assert.Single(stored.Explanations);
            Assert.Equal(("Meningkatnya kualitas administrasi perkantoran", Penjelasan), (explanation.Sasaran, explanation.Description));
            Assert.Same(stored.Sasarans[0], stored.IndicatorTablesFrom(explanation));
            AssertOk(await new RemoveExplanation(db).ExecuteAsync(org.OperatorKalaena, id, sasaranId));
        }

        await using (var db = database.NewContext())
        {
            Assert.Equal(string.Empty, (await LoadAsync(db, id)).ExplanationOf(sasaranId)!.Description);
            var again = await new RemoveExplanation(db).ExecuteAsync(org.OperatorKalaena, id, sasaranId);
            Assert.Equal((ResultStatus.Invalid, "Penjelasan Lampiran 2 tidak ditemukan dalam perjanjian ini."), (again.Status, Assert.Single(again.Messages)));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveExplanation_BlankOrOfAnotherOffice_IsRefusedAndChangesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var sasaranId = await SasaranIdAsync(database, id);

        await using var db = database.NewContext();
        var blank = await new SaveExplanation(db).ExecuteAsync(org.OperatorKalaena, id, sasaranId, " ");
        var foreign = await new SaveExplanation(db).ExecuteAsync(org.OperatorMangkutana, id, sasaranId, Penjelasan);

        Assert.Equal((ResultStatus.Invalid, "Penjelasan sasaran wajib diisi."), (blank.Status, Assert.Single(blank.Messages)));
        Assert.Equal(ResultStatus.NotFound, foreign.Status);
        await using var check = database.NewContext();
        Assert.Empty((await LoadAsync(check, id)).Explanations);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MoveIndicatorAndBudgetLine_TheNewOrderIsStored(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        var org = await TestOrganisation.StoreAsync(database);
        var id = await CompleteAsync(database, org.OperatorKalaena, org.SekcamKalaena.Id);
        var sasaranId = await SasaranIdAsync(database, id);
        await using (var db = database.NewContext())
        {
            var added = await new SaveIndicator(db).ExecuteAsync(org.OperatorKalaena, id, sasaranId, null, new IndicatorContent("Persentase dokumen perencanaan tepat waktu", TargetValue.Parse("100 %")));
            Assert.True(added.IsOk, added.ToString());
            var addedLine = await new SaveBudgetLine(db).ExecuteAsync(org.OperatorKalaena, id, null, new BudgetLineContent(BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", null, new Rupiah(750_000), "APBD"));
            Assert.True(addedLine.IsOk, addedLine.ToString());
        }

        Guid indicator, line;
        await using (var db = database.NewContext())
        {
            var before = await LoadAsync(db, id);
            (indicator, line) = (before.Sasarans[0].Indicators[1].Id, before.BudgetLines[1].Id);
            AssertOk(await new MoveIndicator(db).ExecuteAsync(org.OperatorKalaena, id, indicator, 0));
            AssertOk(await new MoveBudgetLine(db).ExecuteAsync(org.OperatorKalaena, id, line, 0));
        }

        await using (var db = database.NewContext())
        {
            var after = await LoadAsync(db, id);
            Assert.Equal(["Persentase dokumen perencanaan tepat waktu", "Nilai AKIP kecamatan"], after.Sasarans[0].Indicators.Select(i => i.Text));
            Assert.Equal(["Penyediaan Gaji dan Tunjangan ASN", "Administrasi Umum Perangkat Daerah"], after.BudgetLines.Select(b => b.Name));
            var outOfRange = await new MoveIndicator(db).ExecuteAsync(org.OperatorKalaena, id, indicator, 2);
            Assert.Equal(ResultStatus.Invalid, outOfRange.Status);
            Assert.Equal(ResultStatus.NotFound, (await new MoveBudgetLine(db).ExecuteAsync(org.OperatorMangkutana, id, line, 1)).Status);
        }
    }

    private static async Task<Guid> SasaranIdAsync(TestDatabase database, Guid id)
    {
        await using var db = database.NewContext();
        return (await LoadAsync(db, id)).Sasarans[0].Id;
    }

    private static Task<Agreement> LoadAsync(KinerjaDbContext db, Guid id) =>
        db.Agreements.AsNoTracking().WithDetails().SingleAsync(a => a.Id == id);
}
