using Microsoft.EntityFrameworkCore.Design;

namespace Kinerja.Persistence.Design;

/// <summary>
/// For <c>dotnet ef</c>: <c>dotnet ef migrations add NAME --context PostgresKinerjaDbContext --output-dir Migrations/Postgres</c>;
/// a connection string may follow <c>--</c> (adding a migration does not connect).
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKinerjaDbContext>
{
    public PostgresKinerjaDbContext CreateDbContext(string[] args) =>
        (PostgresKinerjaDbContext)KinerjaDbContextFactory.Create(
            new KinerjaDatabaseOptions
            {
                Provider = KinerjaDatabaseOptions.Postgres,
                ConnectionString = args.FirstOrDefault() ?? "Host=127.0.0.1;Port=5432;Database=kinerja;Username=postgres",
            });
}
