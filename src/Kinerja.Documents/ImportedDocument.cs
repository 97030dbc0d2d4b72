using Kinerja.Documents.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Documents;

/// <summary>A document read, its budget lines coded from the catalogue, and checked: agreements with their findings.</summary>
public sealed record ImportedDocument(
    string SourceName,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> Findings,
    ReadFailure? Failure)
{
    public bool Failed => Failure is not null;

    public IEnumerable<Finding> AllFindings => Agreements.SelectMany(a => Findings.TryGetValue(a.Id, out var f) ? f : []);

    public IReadOnlyList<Finding> FindingsOf(Agreement agreement) =>
        Findings.TryGetValue(agreement.Id, out var findings) ? findings : [];
}
