using Kinerja.Domain.Agreements;
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
}
