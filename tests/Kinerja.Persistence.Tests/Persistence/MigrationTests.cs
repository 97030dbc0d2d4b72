using Kinerja.Persistence.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
}
