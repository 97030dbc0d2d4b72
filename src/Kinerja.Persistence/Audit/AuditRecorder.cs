using System.Globalization;
using System.Text.Json;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kinerja.Persistence.Audit;

/// <summary>
/// Turns the change tracker's added, modified and deleted entries into <see cref="AuditEntry"/> rows, from their
/// original and current values. Called by <see cref="KinerjaDbContext"/> just before saving.
/// </summary>
internal static class AuditRecorder
{
    /// <summary>Never written to the log: credentials and tokens.</summary>
    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static List<AuditEntry> Record(ChangeTracker tracker, IAuditActor actor, DateTimeOffset at)
    {
        var entries = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (AuditEntry or ChangeStamp or Identity.UserSession))
            .ToList();
        if (entries.Count == 0)
            return [];

        var offices = new OfficeLookup(tracker);
        var audit = new List<AuditEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var (action, before, after) = entry.State switch
            {
                EntityState.Added => (AuditActions.Created, null, Values(entry, p => true, current: true)),
                EntityState.Deleted => (AuditActions.Deleted, Values(entry, p => true, current: false), null),
                _ => (ActionOfUpdate(entry), Values(entry, p => p.IsModified, current: false), Values(entry, p => p.IsModified, current: true)),
            };
            if (entry.State == EntityState.Modified && after == "{}" && action != AuditActions.PasswordChanged)
                continue;

            audit.Add(new AuditEntry(at, actor, action, entry.Metadata.DisplayName(), KeyOf(entry), offices.Of(entry), before, after));
        }

        return audit;
    }

    /// <summary>An agreement whose status changed is logged with the workflow verb of its new status; an account whose password changed as such.</summary>
    private static string ActionOfUpdate(EntityEntry entry)
    {
        // Identity's store marks every column modified on each update: compare the hash itself.
        if (entry.Entity is Identity.KinerjaUser && entry.Property(nameof(Identity.KinerjaUser.PasswordHash)) is var hash
            && !Equals(hash.OriginalValue, hash.CurrentValue))
            return AuditActions.PasswordChanged;
        if (entry.Entity is Agreement agreement && entry.Property(nameof(Agreement.Status)).IsModified)
        {
            var previous = entry.Property(nameof(Agreement.Status)).OriginalValue as AgreementStatus?;
            return agreement.Status switch
            {
                AgreementStatus.Draft when previous == AgreementStatus.Submitted => AuditActions.Withdrawn,
                AgreementStatus.Submitted => AuditActions.Submitted,
                AgreementStatus.Returned => AuditActions.Returned,
                AgreementStatus.Approved => AuditActions.Approved,
                AgreementStatus.Signed => AuditActions.Signed,
                AgreementStatus.Published => AuditActions.Published,
                _ => AuditActions.Updated,
            };
        }

        return AuditActions.Updated;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
            return null;

        var parts = new List<string>();
        foreach (var property in key.Properties)
        {
            var value = entry.Property(property.Name);
            if (value.IsTemporary)
                return null;
            parts.Add(Convert.ToString(value.CurrentValue, CultureInfo.InvariantCulture) ?? string.Empty);
        }

        return string.Join("/", parts);
    }

    private static string Values(EntityEntry entry, Func<PropertyEntry, bool> include, bool current)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var secretEntity = entry.Entity is IdentityUserToken<Guid>;
        void Add(PropertyEntry property, string name)
        {
            if (!include(property) || property.IsTemporary || SecretProperties.Contains(property.Metadata.Name)
                || property.Metadata.ClrType == typeof(byte[]) || (secretEntity && property.Metadata.Name == "Value"))
                return;
            values[name] = Readable(property, current ? property.CurrentValue : property.OriginalValue);
        }

        foreach (var property in entry.Properties)
            Add(property, property.Metadata.Name);
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
                Add(property, complex.Metadata.Name + "." + property.Metadata.Name);
        }

        return JsonSerializer.Serialize(values, Json);
    }

    /// <summary>Values as JSON shows them well: enums as names, Rupiah as its long, dates and numbers as they are.</summary>
    private static object? Readable(PropertyEntry property, object? value) => value switch
    {
        null => null,
        Enum e => e.ToString(),
        DateTimeOffset or DateTime or DateOnly or decimal or string or Guid or int or long or bool => value,
        _ => property.Metadata.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value,
    };

    /// <summary>The office of an entry: its own OfficeId, itself for an office, else through its agreement or sasaran when tracked.</summary>
    private sealed class OfficeLookup(ChangeTracker tracker)
    {
        private readonly Dictionary<Guid, Agreement> agreements = tracker.Entries<Agreement>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        private readonly Dictionary<Guid, EntityEntry> sasarans = tracker.Entries<Sasaran>().ToDictionary(e => e.Entity.Id, e => (EntityEntry)e);

        public Guid? Of(EntityEntry entry)
        {
            if (entry.Entity is Office office)
                return office.Id;
            if (entry.Metadata.FindProperty("OfficeId") is not null)
                return entry.Property("OfficeId").CurrentValue as Guid?;
            if (entry.Metadata.FindProperty(ShadowProperties.AgreementId) is not null)
                return OfAgreement(entry.Property(ShadowProperties.AgreementId).CurrentValue as Guid?);
            if (entry.Metadata.FindProperty(ShadowProperties.SasaranId) is not null
                && entry.Property(ShadowProperties.SasaranId).CurrentValue is Guid sasaranId
                && sasarans.TryGetValue(sasaranId, out var sasaran))
                return OfAgreement(sasaran.Property(ShadowProperties.AgreementId).CurrentValue as Guid?);
            if (entry.Metadata.IsOwned() && entry.Metadata.FindOwnership() is { } ownership)
            {
                foreach (var property in ownership.Properties)
                {
                    if (entry.Property(property.Name).CurrentValue is Guid ownerId)
                        return OfAgreement(ownerId);
                }
            }

            return null;
        }

        private Guid? OfAgreement(Guid? agreementId) =>
            agreementId is { } id && agreements.TryGetValue(id, out var agreement) ? agreement.OfficeId : null;
    }
}
