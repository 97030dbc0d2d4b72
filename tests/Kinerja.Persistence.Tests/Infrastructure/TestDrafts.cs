using Kinerja.Application.Features.Agreements;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>Agreements drawn up through the use cases, as the web would.</summary>
internal static class TestDrafts
{
    public static readonly DateOnly On = new(2025, 1, 2);

    public static readonly byte[] SignedScan = Kinerja.Testing.TestPdf.OnePage();

    /// <summary>A complete Draft of <paramref name="positionId"/> for 2025 made by <paramref name="actor"/>: one sasaran, indicator and budget line.</summary>
    public static async Task<Guid> CompleteAsync(TestDatabase database, Actor actor, Guid positionId)
    {
        await using var db = database.NewContext();
        var clock = new FixedClock();
        var created = await new CreateAgreement(db, clock).ExecuteAsync(actor, positionId, 2025, On);
        Assert.True(created.IsOk, created.ToString());
        var id = created.Value;
        var sasaran = await new SaveSasaran(db).ExecuteAsync(actor, id, null, SasaranLevel.Program, "Meningkatnya kualitas administrasi perkantoran", null);
        Assert.True(sasaran.IsOk, sasaran.ToString());
        var indicator = await new SaveIndicator(db).ExecuteAsync(actor, id, sasaran.Value, null, new IndicatorContent("Nilai AKIP kecamatan", TargetValue.Parse("87,5 Nilai")));
        Assert.True(indicator.IsOk, indicator.ToString());
        var line = await new SaveBudgetLine(db).ExecuteAsync(
            actor, id, null, new BudgetLineContent(BudgetLevel.Kegiatan, "Administrasi Umum Perangkat Daerah", "7.01.01.2.06", new Rupiah(1_000_000), "APBD"));
        Assert.True(line.IsOk, line.ToString());
        return id;
    }

    /// <summary>A complete agreement brought to Published through the workflow's use cases.</summary>
    public static async Task<Guid> PublishedAsync(TestDatabase database, TestOrganisation organisation)
    {
        var id = await CompleteAsync(database, organisation.OperatorKalaena, organisation.SekcamKalaena.Id);
        await using var db = database.NewContext();
        var clock = new FixedClock();
        AssertOk(await new SubmitAgreement(db).ExecuteAsync(organisation.OperatorKalaena, id));
        AssertOk(await new ApproveAgreement(db, clock).ExecuteAsync(organisation.CamatKalaenaOfficial, id));
        AssertOk(await new SignAgreement(db, clock).ExecuteAsync(organisation.SekcamKalaenaOfficial, id, "pk-sekcam.pdf", SignedScan, On));
        AssertOk(await new PublishAgreement(db).ExecuteAsync(organisation.OperatorKalaena, id));
        return id;
    }

    public static void AssertOk(Kinerja.Application.Common.Result result) => Assert.True(result.IsOk, result.ToString());
}
