using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence;

/// <summary>The Kinerja database on SQLite (the embedded default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteKinerjaDbContext(DbContextOptions<SqliteKinerjaDbContext> options) : KinerjaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no exact decimal type: keep the text as written (PostgreSQL's numeric keeps it natively).
        configurationBuilder.Properties<decimal>().HaveConversion<ExactDecimalConverter>();
    }
}
