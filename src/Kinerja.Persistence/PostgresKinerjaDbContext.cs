using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence;

/// <summary>The Kinerja database on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresKinerjaDbContext(DbContextOptions<PostgresKinerjaDbContext> options) : KinerjaDbContext(options);
