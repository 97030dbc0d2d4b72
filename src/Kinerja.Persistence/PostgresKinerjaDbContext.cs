using Kinerja.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence;

/// <summary>The Kinerja database on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresKinerjaDbContext(
    DbContextOptions<PostgresKinerjaDbContext> options, IAuditActor? auditActor = null, TimeProvider? clock = null)
    : KinerjaDbContext(options, auditActor, clock);
