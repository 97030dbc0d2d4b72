using Microsoft.EntityFrameworkCore;

namespace Kinerja.Persistence;

/// <summary>The Kinerja database on SQLite (the embedded default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteKinerjaDbContext(DbContextOptions<SqliteKinerjaDbContext> options) : KinerjaDbContext(options);
