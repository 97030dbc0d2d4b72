using Kinerja.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kinerja.Persistence;

/// <summary>The Kinerja database on SQLite (the embedded default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteKinerjaDbContext(
    DbContextOptions<SqliteKinerjaDbContext> options, IAuditActor? auditActor = null, TimeProvider? clock = null)
    : KinerjaDbContext(options, auditActor, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no exact decimal type: keep the text as written (PostgreSQL's numeric keeps it natively).
        configurationBuilder.Properties<decimal>().HaveConversion<ExactDecimalConverter>();
        // SQLite cannot compare or order DateTimeOffset text: store it as a number (times are kept in UTC).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
