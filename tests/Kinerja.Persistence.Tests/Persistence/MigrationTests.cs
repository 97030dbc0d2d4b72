using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Measurement;
using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kinerja.Persistence.Tests.Persistence;

/// <summary>The same migrations story on both providers: MigrateAsync on an empty database.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class MigrationTests(PostgresServer server)
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_OnAnEmptyDatabase_ApplyAll(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server, migrate: false);
        await using var db = database.NewContext();

        await db.MigrateAsync();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Agreements.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_AppliedTwice_ChangeNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server);
        await using var db = database.NewContext();

        await db.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Model_HasNoChangesMissingFromTheProvidersMigrations(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server, migrate: false);
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"Add a migration for {provider}: the model changed.");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_AgreementsStoredBeforeTheWorkflow_AreSigned(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server, migrate: false);
        await using var db = database.NewContext();
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        var awal = Guid.CreateVersion7();
        var perubahan = Guid.CreateVersion7();
        foreach (var (id, kind) in new[] { (awal, "Awal"), (perubahan, "Perubahan") })
        {
            var text = provider == TestDatabase.Sqlite ? id.ToString().ToUpperInvariant() : id.ToString();
#pragma warning disable EF1002, EF1003 // Fixed values of the test, not user input.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Agreements\" (\"Id\", \"Year\", \"Kind\", \"Office\", \"Region\", \"Place\", " +
                "\"FirstPartyPrintedName\", \"FirstPartyFrontTitles\", \"FirstPartyName\", \"FirstPartyBackTitles\", \"FirstPartyPosition\", " +
                "\"SecondPartyPrintedName\", \"SecondPartyFrontTitles\", \"SecondPartyName\", \"SecondPartyBackTitles\", \"SecondPartyPosition\", \"Key\") " +
                $"VALUES ('{text}', 2025, '{kind}', 'Kecamatan Kalaena', 'Kabupaten Luwu Timur', 'Kalaena', 'A', '', 'A', '', 'CAMAT KALAENA', 'B', '', 'B', '', 'BUPATI', 'k/{kind}')");
#pragma warning restore EF1002, EF1003
        }

        await db.MigrateAsync();

        var stored = await db.Agreements.AsNoTracking().OrderBy(a => a.Kind).Select(a => new { a.Id, a.Status, a.Revision }).ToListAsync();
        Assert.Equal([(awal, AgreementStatus.Signed, 0), (perubahan, AgreementStatus.Signed, 1)], stored.Select(a => (a.Id, a.Status, a.Revision)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_IndicatorsAndLinesStoredBeforeLineage_GetOneAndAmendmentsTakeTheirOriginals(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, server, migrate: false);
        await using var db = database.NewContext();
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_LineageAndClosedAggregate", StringComparison.Ordinal)).Last();
        await db.GetService<IMigrator>().MigrateAsync(before);
        string Id(Guid id) => provider == TestDatabase.Sqlite ? id.ToString().ToUpperInvariant() : id.ToString();
        async Task InsertAsync(string table, string columns, string values) =>
#pragma warning disable EF1002, EF1003 // Fixed values of the test, not user input.
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"{table}\" ({columns}) VALUES ({values})");
#pragma warning restore EF1002, EF1003

        var (awal, perubahan, kedua) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        foreach (var (id, kind, revision, supersedes) in new[] { (awal, "Awal", 0, (Guid?)null), (perubahan, "Perubahan", 1, awal), (kedua, "Perubahan", 2, perubahan) })
        {
            await InsertAsync(
                "Agreements",
                "\"Id\", \"Year\", \"Kind\", \"Revision\", \"Status\", \"SupersedesId\", \"Office\", \"Region\", \"Place\", " +
                "\"FirstPartyPrintedName\", \"FirstPartyFrontTitles\", \"FirstPartyName\", \"FirstPartyBackTitles\", \"FirstPartyPosition\", " +
                "\"SecondPartyPrintedName\", \"SecondPartyFrontTitles\", \"SecondPartyName\", \"SecondPartyBackTitles\", \"SecondPartyPosition\", \"Key\"",
                $"'{Id(id)}', 2025, '{kind}', {revision}, 'Signed', {(supersedes is { } s ? $"'{Id(s)}'" : "NULL")}, 'Kecamatan Kalaena', 'Kabupaten Luwu Timur', 'Kalaena', " +
                $"'A', '', 'A', '', 'CAMAT KALAENA', 'B', '', 'B', '', 'BUPATI', 'k/{kind}/{revision}'");
        }

        async Task SasaranAsync(Guid agreement, Guid id, string text) =>
            await InsertAsync("Sasarans", "\"Id\", \"AgreementId\", \"Level\", \"Number\", \"Ordinal\", \"Text\"", $"'{Id(id)}', '{Id(agreement)}', 'Strategis', '1.', 0, '{text}'");
        async Task IndicatorAsync(Guid sasaran, Guid id, int ordinal, string text) =>
            await InsertAsync(
                "Indicators",
                "\"Id\", \"SasaranId\", \"Ordinal\", \"Text\", \"Polarity\", \"Aggregation\", \"TargetUnit\", \"TargetText\"",
                $"'{Id(id)}', '{Id(sasaran)}', {ordinal}, '{text}', 'HigherIsBetter', 'Sum', 'Dokumen', '1 Dokumen'");
        async Task LineAsync(Guid agreement, Guid id, int ordinal, string level, string name, string? code) =>
            await InsertAsync(
                "BudgetLines",
                "\"Id\", \"AgreementId\", \"Ordinal\", \"Number\", \"Level\", \"Name\", \"Code\", \"Amount\"",
                $"'{Id(id)}', '{Id(agreement)}', {ordinal}, '{ordinal + 1}.', '{level}', '{name}', {(code is null ? "NULL" : $"'{code}'")}, 1000");

        var (s0, s1, s2) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await SasaranAsync(awal, s0, "Meningkatnya kualitas pelayanan");
        await SasaranAsync(perubahan, s1, " meningkatnya Kualitas Pelayanan ");
        await SasaranAsync(kedua, s2, "Meningkatnya kualitas pelayanan");
        await IndicatorAsync(s0, Guid.CreateVersion7(), 0, "Indeks kepuasan masyarakat");
        await IndicatorAsync(s0, Guid.CreateVersion7(), 1, "Persentase layanan tepat waktu");
        await IndicatorAsync(s1, Guid.CreateVersion7(), 0, "INDEKS KEPUASAN MASYARAKAT");
        await IndicatorAsync(s1, Guid.CreateVersion7(), 1, "Jumlah inovasi pelayanan");
        await IndicatorAsync(s2, Guid.CreateVersion7(), 0, "Indeks kepuasan masyarakat");
        await LineAsync(awal, Guid.CreateVersion7(), 0, "Program", "PROGRAM PENUNJANG", "7.01.01");
        await LineAsync(awal, Guid.CreateVersion7(), 1, "Kegiatan", "Administrasi Umum", null);
        await LineAsync(perubahan, Guid.CreateVersion7(), 0, "Program", "Program Penunjang Urusan", "7.01.01");
        await LineAsync(perubahan, Guid.CreateVersion7(), 1, "Kegiatan", "administrasi umum ", null);

#pragma warning disable EF1002, EF1003 // Fixed values of the test, not user input.
        await db.Database.ExecuteSqlRawAsync(
            $"UPDATE \"Agreements\" SET \"Explanations\" = '[{{{{\"Heading\":\"\",\"Sasaran\":\"Meningkatkan Kualitas Pelayanan.\",\"Description\":\"Uraian\",\"SourceLine\":null,\"Indicators\":[],\"Targets\":[]}}}}]' WHERE \"Id\" = '{Id(awal)}'");
#pragma warning restore EF1002, EF1003

        await db.MigrateAsync();

        db.ChangeTracker.Clear();
        var stored = await db.Agreements.WithDetails().AsNoTracking().ToDictionaryAsync(a => a.Id);
        var (original, amendment, second) = (stored[awal], stored[perubahan], stored[kedua]);
        var lineages = stored.Values.SelectMany(a => a.Indicators.Select(i => i.LineageId).Concat(a.BudgetLines.Select(b => b.LineageId))).ToList();
        Assert.DoesNotContain(Guid.Empty, lineages);
        Assert.Equal(2, original.Indicators.Select(i => i.LineageId).Distinct().Count());
        Assert.Equal(original.Indicators.First().LineageId, amendment.Indicators.First().LineageId);
        Assert.DoesNotContain(amendment.Indicators.Last().LineageId, original.Indicators.Select(i => i.LineageId));
        Assert.Equal(original.Indicators.First().LineageId, second.Indicators.Single().LineageId);
        Assert.Equal(original.BudgetLines.Select(b => b.LineageId), amendment.BudgetLines.Select(b => b.LineageId));
        Assert.All(stored.Values.SelectMany(a => a.Indicators), i => Assert.Equal(LowerIsBetterFormula.Difference, i.LowerIsBetterFormula));

        Assert.Same(original.Sasarans[0], original.SasaranOf(Assert.Single(original.Explanations)));

        var diff = AgreementDiff.Compare(original, amendment);
        Assert.Equal(["Indeks kepuasan masyarakat"], diff.UnchangedTargets.Select(t => t.Previous!.Text));
        Assert.Equal(["Jumlah inovasi pelayanan"], diff.AddedTargets.Select(t => t.Current!.Text));
        Assert.Equal(["Persentase layanan tepat waktu"], diff.RemovedTargets.Select(t => t.Previous!.Text));
    }
}
