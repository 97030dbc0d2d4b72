using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Measurement;
using Kinerja.Domain.Nomenclature;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Reviews;
using Kinerja.Persistence.Audit;
using Kinerja.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinerja.Persistence;

/// <summary>
/// The Kinerja database: agreements with their sasaran, indicators, budget lines and findings, the organisation
/// register and the nomenclature catalogue. One subclass per provider (<see cref="SqliteKinerjaDbContext"/>,
/// <see cref="PostgresKinerjaDbContext"/>), each with its own migrations; the model is the same. Also the accounts
/// (ASP.NET Core Identity), the workflow's review notes, evaluations and evidence, and the audit log: every save
/// records its added, modified and deleted rows as <see cref="AuditEntry"/> rows, by <see cref="AuditActor"/> at the
/// time of <see cref="Clock"/>, in the same transaction.
/// </summary>
public abstract class KinerjaDbContext : IdentityDbContext<KinerjaUser, IdentityRole<Guid>, Guid>
{
    protected KinerjaDbContext(DbContextOptions options, IAuditActor? auditActor, TimeProvider? clock)
        : base(options)
    {
        AuditActor = auditActor ?? SystemAuditActor.Instance;
        Clock = clock ?? TimeProvider.System;
    }

    /// <summary>Who the audit log names for the writes of this context.</summary>
    public IAuditActor AuditActor { get; set; }

    public TimeProvider Clock { get; }

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<StoredFinding> Findings => Set<StoredFinding>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<NomenclatureEntry> Nomenclature => Set<NomenclatureEntry>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<BudgetApproval> BudgetApprovals => Set<BudgetApproval>();

    public DbSet<AchievementScale> AchievementScales => Set<AchievementScale>();

    public DbSet<ReviewNote> ReviewNotes => Set<ReviewNote>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<EvidenceDocument> EvidenceDocuments => Set<EvidenceDocument>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Signed-in sessions (not audited: they are not the organisation's data).</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The spent one-time set-up link (at most one row).</summary>
    public DbSet<SetupClaim> SetupClaims => Set<SetupClaim>();

    public DbSet<ChangeStamp> ChangeStamps => Set<ChangeStamp>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        RecordAudit();
        RenewStamps();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        RecordAudit();
        RenewStamps();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RecordAudit()
    {
        var entries = AuditRecorder.Record(ChangeTracker, AuditActor, Clock.GetUtcNow());
        if (entries.Count > 0)
            AuditEntries.AddRange(entries);
    }

    /// <summary>
    /// Renews <see cref="ChangeStamp.FindingsKey"/> in the same transaction when the save changes what the findings are
    /// computed from: an agreement or any of its parts, a stored finding, the nomenclature catalogue.
    /// </summary>
    private void RenewStamps()
    {
        var changesFindings = ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && (e.Entity is StoredFinding or NomenclatureEntry || e.Metadata.ClrType.Namespace == typeof(Agreement).Namespace));
        if (!changesFindings)
            return;

        var stamp = ChangeTracker.Entries<ChangeStamp>().FirstOrDefault(e => e.Entity.Key == ChangeStamp.FindingsKey)?.Entity;
        if (stamp is null)
        {
            // The row is seeded by the model: update it without reading it first.
            stamp = new ChangeStamp(ChangeStamp.FindingsKey, Guid.Empty);
            ChangeStamps.Attach(stamp);
        }

        stamp.Renew();
    }

    /// <summary>The current <see cref="ChangeStamp.FindingsKey"/> stamp, read before the data it guards.</summary>
    public Task<Guid> FindingsStampAsync(CancellationToken cancellationToken) =>
        ChangeStamps.AsNoTracking().Where(s => s.Key == ChangeStamp.FindingsKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KinerjaDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and stable when members are added.
        configurationBuilder.Properties<AgreementKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SasaranLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<BudgetLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Polarity>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<YearlyAggregation>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Kinerja.Domain.Measurement.LowerIsBetterFormula>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Severity>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AgreementStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AmendmentReason>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AssignmentKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReviewNoteKind>().HaveConversion<string>().HaveMaxLength(32);
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
