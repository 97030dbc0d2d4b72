using System.Text.Json;
using Kinerja.Domain.Access;
using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Audit;

namespace Kinerja.Application.Features.Audit;

/// <summary>
/// One entry of the audit log as people read it: who (with their role, when an account wrote it), the verb, what
/// (<see cref="Subject"/>: the noun and, where known, its name, e.g. <c>indikator "Indeks Kepuasan Masyarakat"</c>),
/// the PK it belongs to when there is one, and the changed fields with Indonesian labels.
/// </summary>
public sealed record AuditLine(
    AuditEntry Entry,
    Role? Role,
    string Verb,
    string Subject,
    AuditAgreement? Agreement,
    IReadOnlyList<AuditChange> Changes);

/// <summary>The PK an audit entry is about: enough to name it ("PK 2025 – CAMAT KALAENA") and link to it.</summary>
public sealed record AuditAgreement(Guid Id, AgreementKind Kind, int Year, string Position);

/// <summary>A recorded field: its stored name, its Indonesian label and its values before and after (absent when none).</summary>
public sealed record AuditChange(string Field, string Label, JsonElement? Before, JsonElement? After);
