using Microsoft.EntityFrameworkCore.Design;

namespace Kinerja.Persistence.Design;

/// <summary>
/// For <c>dotnet ef</c>: <c>dotnet ef migrations add NAME --context SqliteKinerjaDbContext --output-dir Migrations/Sqlite</c>;
/// a connection string may follow <c>--</c>.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKinerjaDbContext>
{
    public SqliteKinerjaDbContext CreateDbContext(string[] args) =>
        (SqliteKinerjaDbContext)KinerjaDbContextFactory.Create(
            new KinerjaDatabaseOptions { Provider = KinerjaDatabaseOptions.Sqlite, ConnectionString = args.FirstOrDefault() ?? "Data Source=design-time.db" });
}
