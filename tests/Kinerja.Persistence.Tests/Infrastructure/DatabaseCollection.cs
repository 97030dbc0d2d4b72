namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>The tests that use a database: one PostgreSQL server for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Database";
}
