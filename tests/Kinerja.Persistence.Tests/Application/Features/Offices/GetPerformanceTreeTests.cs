using Kinerja.Application.Features.Offices;
using Kinerja.Domain.Access;
using Kinerja.Persistence.Tests.Infrastructure;

namespace Kinerja.Persistence.Tests.Application.Features.Offices;

[Collection(DatabaseCollection.Name)]
public sealed class GetPerformanceTreeTests(PostgresServer server)
{
    private static readonly Actor Administrator = Actor.With([Role.Administrator]);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Kalaena_HangsEveryPositionBelowItsSuperior_FromTheBupati(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await SampleOffices.ImportAsync(database);

        var tree = await TreeAsync(database, Administrator, "Kecamatan Kalaena");

        var bupati = Assert.Single(tree.Roots);
        Assert.StartsWith("BUPATI", bupati.Position, StringComparison.Ordinal);
        Assert.Null(bupati.Agreement);
        var camat = Assert.Single(bupati.Children);
        Assert.Equal("CAMAT KALAENA", camat.Position);
        Assert.Contains(camat.Children, c => c.Position.StartsWith("SEKRETARIS CAMAT", StringComparison.Ordinal));
        Assert.Contains(camat.Children, c => c.Position.StartsWith("KEPALA SEKSI", StringComparison.Ordinal));
        var sekcam = camat.Children.Single(c => c.Position.StartsWith("SEKRETARIS CAMAT", StringComparison.Ordinal));
        Assert.NotEmpty(sekcam.Children);
        Assert.All(sekcam.Children, c => Assert.StartsWith("KEPALA SUB", c.Position, StringComparison.Ordinal));
        Assert.Equal(7, Count(bupati) - 1);
        Assert.Equal(new Kinerja.Domain.Common.Rupiah(11_990_000 + 112_362_000 + 30_375_000 + 23_672_500 + 21_499_500), camat.BudgetTotal);
        Assert.NotEmpty(camat.Agreement!.Sasarans);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Mangkutana_ShowsTheAmendmentsInForce_NotTheAgreementsTheySupersede(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await SampleOffices.ImportAsync(database);

        var tree = await TreeAsync(database, Administrator, "Kecamatan Mangkutana");

        var nodes = Flatten(tree.Roots).Where(n => n.Agreement is not null).ToList();
        Assert.NotEmpty(nodes);
        Assert.Equal(nodes.Count, nodes.Select(n => n.Agreement!.FirstParty.Position).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(Flatten(tree.Roots), n => n.Position.StartsWith("CAMAT", StringComparison.Ordinal) && n.Children.Count > 0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OperatorOfAnotherOffice_SeesNoDraftOrSignedAgreement(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await SampleOffices.ImportAsync(database);
        var mangkutana = await SampleOffices.OfficeIdAsync(database, "Kecamatan Mangkutana");

        var tree = await TreeAsync(database, Actor.With([Role.Operator], mangkutana), "Kecamatan Kalaena");

        Assert.True(tree.IsEmpty);
    }

    private static int Count(PerformanceNode node) => 1 + node.Children.Sum(Count);

    private static IEnumerable<PerformanceNode> Flatten(IEnumerable<PerformanceNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static async Task<PerformanceTree> TreeAsync(TestDatabase database, Actor actor, string office)
    {
        var officeId = await SampleOffices.OfficeIdAsync(database, office);
        await using var db = database.NewContext();
        var result = await new GetPerformanceTree(db).ExecuteAsync(actor, officeId, 2025);
        Assert.True(result.IsOk, result.ToString());
        return result.Value!;
    }
}
