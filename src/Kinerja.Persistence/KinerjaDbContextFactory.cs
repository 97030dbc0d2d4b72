using Kinerja.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence;

/// <summary>Creates a context outside dependency injection, e.g. for the CLI's <c>--db CONNECTION</c>.</summary>
public static class KinerjaDbContextFactory
{
    /// <summary>A context for <paramref name="connection"/> (see <see cref="KinerjaDatabaseOptions.FromConnectionString"/>).</summary>
    public static KinerjaDbContext Create(string connection) => Create(KinerjaDatabaseOptions.FromConnectionString(connection));

    /// <summary>A context for <paramref name="options"/>; the audit log names <paramref name="auditActor"/> ("sistem" when null).</summary>
    public static KinerjaDbContext Create(KinerjaDatabaseOptions options, IAuditActor? auditActor = null, TimeProvider? clock = null)
    {
        if (options.IsPostgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresKinerjaDbContext>();
            Configure(builder, options);
            return new PostgresKinerjaDbContext(builder.Options, auditActor, clock);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<SqliteKinerjaDbContext>();
            Configure(builder, options);
            return new SqliteKinerjaDbContext(builder.Options, auditActor, clock);
        }
    }

    /// <summary>Sets the provider and connection string on <paramref name="builder"/>.</summary>
    public static void Configure(DbContextOptionsBuilder builder, KinerjaDatabaseOptions options)
    {
        var connectionString = options.ConnectionString
            ?? throw new InvalidOperationException(PersistenceMessages.ConnectionStringMissing);
        if (options.IsPostgres)
            builder.UseNpgsql(connectionString);
        else
            builder.UseSqlite(connectionString);
    }
}
