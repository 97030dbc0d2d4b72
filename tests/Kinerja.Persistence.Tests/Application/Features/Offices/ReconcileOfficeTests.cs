using Kinerja.Application.Features.Offices;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Persistence.Tests.Infrastructure;

namespace Kinerja.Persistence.Tests.Application.Features.Offices;

[Collection(DatabaseCollection.Name)]
public sealed class ReconcileOfficeTests(PostgresServer server)
{
    private static readonly Actor Administrator = Actor.With([Role.Administrator]);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BothSeeds_Reconcile_WithoutAnyDifference(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await SampleOffices.ImportAsync(database);

        foreach (var office in new[] { "Kecamatan Kalaena", "Kecamatan Mangkutana" })
        {
            var reconciliation = await ReconcileAsync(database, Administrator, office);

            Assert.True(reconciliation.Reconciles, office);
            Assert.NotEmpty(reconciliation.Budget.Roots);
            Assert.All(reconciliation.Budget.Roots, r => Assert.Equal(BudgetLevel.Program, r.Entry.Level));
            Assert.All(reconciliation.Budget.Items.Where(i => i.Difference is not null), i => Assert.Equal(Rupiah.Zero, i.Difference));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Kalaena_KegiatanOfTheCamat_SumsTheSubKegiatanOfAKasi(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await SampleOffices.ImportAsync(database);

        var reconciliation = await ReconcileAsync(database, Administrator, "Kecamatan Kalaena");

        var kegiatan = reconciliation.Budget.Items.Single(i => i.Entry.Name.StartsWith("Koordinasi Kegiatan Pemberdayaan Desa", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(new Rupiah(112_362_000), kegiatan.Amount);
        Assert.Equal(new Rupiah(112_362_000), kegiatan.ChildrenSum);
        Assert.Equal("CAMAT KALAENA", Assert.Single(kegiatan.Lines).Agreement.FirstParty.Position);
        Assert.Equal(2, kegiatan.Children.Count);
        Assert.All(kegiatan.Children, c => Assert.StartsWith("KEPALA SEKSI", Assert.Single(c.Lines).Agreement.FirstParty.Position, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ChangedSubKegiatanAmount_ShowsExactlyTheDifference(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await SampleOffices.ImportAsync(database, (name, text) => name == SampleOffices.Kalaena
            ? text.Replace("Kecamatan\tRp. 97.218.000", "Kecamatan\tRp. 98.218.000", StringComparison.Ordinal)
            : text);

        var reconciliation = await ReconcileAsync(database, Administrator, "Kecamatan Kalaena");

        Assert.False(reconciliation.Reconciles);
        var differing = Assert.Single(reconciliation.Budget.Items, i => i.Difference is { Value: not 0 });
        Assert.Equal(BudgetLevel.Kegiatan, differing.Entry.Level);
        Assert.Equal(new Rupiah(-1_000_000), differing.Difference);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AgreementsTheActorCannotRead_AreLeftOut(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await SampleOffices.ImportAsync(database);
        var mangkutana = await SampleOffices.OfficeIdAsync(database, "Kecamatan Mangkutana");

        var ofOtherOffice = await ReconcileAsync(database, Actor.With([Role.Operator], mangkutana), "Kecamatan Kalaena");
        var ofOwnOffice = await ReconcileAsync(database, Actor.With([Role.Operator], mangkutana), "Kecamatan Mangkutana");
        var ofPublic = await ReconcileAsync(database, Actor.Public, "Kecamatan Mangkutana");

        Assert.Empty(ofOtherOffice.Agreements);
        Assert.Empty(ofOtherOffice.Budget.Items);
        Assert.NotEmpty(ofOwnOffice.Agreements);
        Assert.Empty(ofPublic.Agreements);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UnknownOffice_IsNotFound(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using var db = database.NewContext();

        var result = await new ReconcileOffice(db).ExecuteAsync(Administrator, Guid.NewGuid(), 2025);

        Assert.Equal(Kinerja.Application.Common.ResultStatus.NotFound, result.Status);
    }

    private static async Task<OfficeReconciliation> ReconcileAsync(TestDatabase database, Actor actor, string office)
    {
        var officeId = await SampleOffices.OfficeIdAsync(database, office);
        await using var db = database.NewContext();
        var result = await new ReconcileOffice(db).ExecuteAsync(actor, officeId, 2025);
        Assert.True(result.IsOk, result.ToString());
        return result.Value!;
    }
}
