using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Nomenclature;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinerja.Persistence;

/// <summary>
/// The Kinerja database: agreements with their sasaran, indicators, budget lines and findings, the organisation
/// register and the nomenclature catalogue. One subclass per provider (<see cref="SqliteKinerjaDbContext"/>,
/// <see cref="PostgresKinerjaDbContext"/>), each with its own migrations; the model is the same.
/// </summary>
public abstract class KinerjaDbContext : DbContext
{
    protected KinerjaDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<StoredFinding> Findings => Set<StoredFinding>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<NomenclatureEntry> Nomenclature => Set<NomenclatureEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KinerjaDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and stable when members are added.
        configurationBuilder.Properties<AgreementKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SasaranLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<BudgetLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Polarity>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<YearlyAggregation>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Severity>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AgreementStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AmendmentReason>().HaveConversion<string>().HaveMaxLength(32);
    }

    /// <summary>
    /// Keeps the columns that mirror computed domain values up to date: the natural key of every agreement, the
    /// fingerprint of an agreement being inserted, and the order of sasaran, indicators and budget lines.
    /// </summary>
    private void PrepareForSave()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<Agreement>().ToList())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached)
                continue;

            var agreement = entry.Entity;
            SetIfDifferent(entry.Property<string>(ShadowProperties.NaturalKey), agreement.Key);
            if (entry.State == EntityState.Added)
                SetIfDifferent(entry.Property<string?>(ShadowProperties.ContentHash), AgreementFingerprint.Compute(agreement));

            for (var i = 0; i < agreement.Sasarans.Count; i++)
            {
                var sasaran = agreement.Sasarans[i];
                SetIfDifferent(Entry(sasaran).Property<int>(ShadowProperties.Ordinal), i);
                for (var j = 0; j < sasaran.Indicators.Count; j++)
                    SetIfDifferent(Entry(sasaran.Indicators[j]).Property<int>(ShadowProperties.Ordinal), j);
            }

            for (var i = 0; i < agreement.BudgetLines.Count; i++)
                SetIfDifferent(Entry(agreement.BudgetLines[i]).Property<int>(ShadowProperties.Ordinal), i);
        }
    }

    private static void SetIfDifferent<TEntity, T>(PropertyEntry<TEntity, T> property, T value)
        where TEntity : class
    {
        if (!EqualityComparer<T>.Default.Equals(property.CurrentValue, value))
            property.CurrentValue = value;
    }
}
