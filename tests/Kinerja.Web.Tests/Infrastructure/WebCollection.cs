namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>The web tests: one PostgreSQL server for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Web";
}
