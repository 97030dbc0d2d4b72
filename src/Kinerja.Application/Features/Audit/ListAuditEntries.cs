using System.Text.Json;
using Kinerja.Application.Common;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence;
using Kinerja.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Audit;

/// <summary>
/// The audit log, newest first, one page at a time, as people read it (<see cref="AuditLine"/>: who with their role,
/// the verb, what by name, the PK it belongs to, the changed fields); administrators and evaluators only.
/// </summary>
public sealed class ListAuditEntries(KinerjaDbContext db)
{
    /// <summary>Fields whose value names what an entry is about, in order of preference.</summary>
    private static readonly string[] NameFields = ["Text", "Name", "Title", "DisplayName", "PrintedName", "FileName", "UserName"];

    public async Task<Result<Page<AuditLine>>> ExecuteAsync(Actor actor, AuditSearch search, CancellationToken cancellationToken = default)
    {
        if (!AgreementAccess.CanReadAudit(actor))
            return Result.Forbidden();

        var entries = db.AuditEntries.AsNoTracking();
        if (search.From is { } from)
            entries = entries.Where(e => e.At >= from);
        if (search.To is { } to)
            entries = entries.Where(e => e.At < to);
        if (search.UserId is { } userId)
            entries = entries.Where(e => e.UserId == userId);
        if (search.OfficeId is { } officeId)
            entries = entries.Where(e => e.OfficeId == officeId);
        if (!string.IsNullOrWhiteSpace(search.EntityType))
            entries = entries.Where(e => e.EntityType == search.EntityType);
        if (!string.IsNullOrWhiteSpace(search.EntityId))
            entries = entries.Where(e => e.EntityId == search.EntityId);
        if (!string.IsNullOrWhiteSpace(search.Action))
            entries = entries.Where(e => e.Action == search.Action);
        if (!string.IsNullOrWhiteSpace(search.Text))
            entries = Matching(entries, search.Text);

        var (number, size) = Page<AuditEntry>.Normalize(search.Page, search.PageSize);
        var total = await entries.CountAsync(cancellationToken);
        number = Page<AuditEntry>.Clamp(number, size, total);
        var items = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var lines = await DescribeAsync(items, cancellationToken);
        return Result<Page<AuditLine>>.Ok(new Page<AuditLine>(lines, number, size, total));
    }

    /// <summary>
    /// Each word of <paramref name="text"/> (or the whole text, when it is one term such as "tanda tangan") narrows the
    /// entries to the entity types or actions it names (<see cref="AuditVocabulary.Match"/>), else to the writers whose
    /// name contains it.
    /// </summary>
    private static IQueryable<AuditEntry> Matching(IQueryable<AuditEntry> entries, string text)
    {
        var whole = AuditVocabulary.Match(text);
        var words = whole.EntityTypes.Count + whole.Actions.Count > 0
            ? [text.Trim()]
            : text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var word in words)
        {
            var (types, actions) = AuditVocabulary.Match(word);
            if (types.Count + actions.Count == 0)
            {
                var lower = word.ToLowerInvariant();
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(); the culture of the database applies.
                entries = entries.Where(e => e.UserName.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311
            }
            else
            {
                entries = entries.Where(e => types.Contains(e.EntityType) || actions.Contains(e.Action));
            }
        }

        return entries;
    }

    private async Task<IReadOnlyList<AuditLine>> DescribeAsync(IReadOnlyList<AuditEntry> items, CancellationToken cancellationToken)
    {
        var values = items.ToDictionary(e => e.Id, e => (Before: Parse(e.Before), After: Parse(e.After)));
        var roles = await RolesAsync(items, cancellationToken);
        var keys = items.Select(e => Guid.TryParse(e.EntityId?.Split('/')[0], out var id) ? id : (Guid?)null).ToList();
        var ids = keys.OfType<Guid>().Distinct().ToList();

        // What the rows named by the page's entries hold today: the name of an item whose update did not change it,
        // and the agreement of a sasaran, indicator or budget line.
        var sasarans = await db.Set<Sasaran>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Text, Agreement = EF.Property<Guid>(s, ShadowProperties.AgreementId) }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var indicators = await db.Set<Indicator>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Text, Sasaran = EF.Property<Guid>(i, ShadowProperties.SasaranId) }).ToDictionaryAsync(i => i.Id, cancellationToken);
        var lines = await db.Set<BudgetLine>().AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new { b.Id, b.Name, Agreement = EF.Property<Guid>(b, ShadowProperties.AgreementId) }).ToDictionaryAsync(b => b.Id, cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var person in await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
            names[person.Id] = person.PrintedName;
        foreach (var position in await db.Positions.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken))
            names[position.Id] = position.Title;
        foreach (var office in await db.Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            names[office.Id] = office.Name;
        foreach (var (id, sasaran) in sasarans)
            names[id] = sasaran.Text;
        foreach (var (id, indicator) in indicators)
            names[id] = indicator.Text;
        foreach (var (id, line) in lines)
            names[id] = line.Name;

        var sasaranIds = indicators.Values.Select(i => i.Sasaran)
            .Concat(values.Values.Select(v => GuidOf(v.After ?? v.Before, ShadowProperties.SasaranId)).OfType<Guid>())
            .Except(sasarans.Keys).Distinct().ToList();
        var sasaranAgreements = await db.Set<Sasaran>().AsNoTracking().Where(s => sasaranIds.Contains(s.Id))
            .Select(s => new { s.Id, Agreement = EF.Property<Guid>(s, ShadowProperties.AgreementId) }).ToDictionaryAsync(s => s.Id, s => s.Agreement, cancellationToken);
        foreach (var (id, sasaran) in sasarans)
            sasaranAgreements[id] = sasaran.Agreement;

        Guid? AgreementOf(AuditEntry entry, Guid? key, Dictionary<string, JsonElement>? json)
        {
            if (entry.EntityType.StartsWith(nameof(Agreement), StringComparison.Ordinal))
                return key;
            if (GuidOf(json, ShadowProperties.AgreementId) is { } agreementId)
                return agreementId;
            if (key is { } id && lines.TryGetValue(id, out var line))
                return line.Agreement;
            if (key is { } sasaranKey && sasaranAgreements.TryGetValue(sasaranKey, out var ofSasaran) && entry.EntityType == nameof(Sasaran))
                return ofSasaran;
            var sasaranId = GuidOf(json, ShadowProperties.SasaranId) ?? (key is { } indicatorKey && indicators.TryGetValue(indicatorKey, out var indicator) ? indicator.Sasaran : null);
            return sasaranId is { } s && sasaranAgreements.TryGetValue(s, out var ofIndicator) ? ofIndicator : null;
        }

        var agreementOf = items.Select((e, i) => AgreementOf(e, keys[i], values[e.Id].After ?? values[e.Id].Before)).ToList();
        var agreementIds = agreementOf.OfType<Guid>().Distinct().ToList();
        var agreements = await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id))
            .Select(a => new AuditAgreement(a.Id, a.Kind, a.Year, a.FirstParty.Position)).ToDictionaryAsync(a => a.Id, cancellationToken);

        return items.Select((entry, i) =>
        {
            var (before, after) = values[entry.Id];
            var agreement = agreementOf[i] is { } agreementId && agreements.TryGetValue(agreementId, out var found) ? found : null;
            var name = NameIn(after) ?? NameIn(before) ?? (keys[i] is { } key && names.TryGetValue(key, out var current) ? current : null);
            var noun = AuditVocabulary.EntityNoun(entry.EntityType);
            var subject = entry.EntityType == nameof(Agreement)
                ? agreement is null ? noun + " " + string.Join(" ", new[] { TextIn(after ?? before, "Office"), TextIn(after ?? before, "Year") }.OfType<string>()) : string.Empty
                : name is null ? noun : noun + " \"" + name + "\"";
            var role = entry.UserId is { } userId && roles.TryGetValue(userId, out var held) ? held : (Role?)null;
            return new AuditLine(entry, role, AuditVocabulary.Verb(entry.Action), subject, agreement, Changes(before, after));
        }).ToList();
    }

    private async Task<Dictionary<Guid, Role>> RolesAsync(IReadOnlyList<AuditEntry> items, CancellationToken cancellationToken)
    {
        var userIds = items.Select(e => e.UserId).OfType<Guid>().Distinct().ToList();
        var held = await (from userRole in db.UserRoles
                          join role in db.Roles on userRole.RoleId equals role.Id
                          where userIds.Contains(userRole.UserId)
                          select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var roles = new Dictionary<Guid, Role>();
        foreach (var row in held.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            if (Enum.TryParse<Role>(row.Name, out var role))
                roles.TryAdd(row.UserId, role);
        }

        return roles;
    }

    private static IReadOnlyList<AuditChange> Changes(Dictionary<string, JsonElement>? before, Dictionary<string, JsonElement>? after)
    {
        var fields = (before?.Keys.AsEnumerable() ?? []).Union(after?.Keys.AsEnumerable() ?? [], StringComparer.Ordinal);
        var changes = new List<AuditChange>();
        foreach (var field in fields)
        {
            if (AuditVocabulary.FieldLabel(field) is not { } label)
                continue;
            JsonElement? old = before is not null && before.TryGetValue(field, out var b) ? b : null;
            JsonElement? now = after is not null && after.TryGetValue(field, out var a) ? a : null;
            if (IsEmpty(old) && IsEmpty(now))
                continue;
            changes.Add(new AuditChange(field, label, old, now));
        }

        return changes;
    }

    private static bool IsEmpty(JsonElement? value) =>
        value is not { } element || element.ValueKind == JsonValueKind.Null || (element.ValueKind == JsonValueKind.String && element.GetString()!.Length == 0);

    private static string? NameIn(Dictionary<string, JsonElement>? json)
    {
        if (json is null)
            return null;
        foreach (var field in NameFields)
        {
            if (json.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
                return value.GetString()!.Trim();
        }

        return null;
    }

    private static string? TextIn(Dictionary<string, JsonElement>? json, string field) =>
        json is not null && json.TryGetValue(field, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;

    private static Guid? GuidOf(Dictionary<string, JsonElement>? json, string field) =>
        json is not null && json.TryGetValue(field, out var value) && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id) ? id : null;

    private static Dictionary<string, JsonElement>? Parse(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json);
}
