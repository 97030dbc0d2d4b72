using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Documents.Text;

/// <summary>
/// The agreements read from one document and the findings of reading itself (text that could not be placed),
/// keyed by agreement id. <see cref="Failure"/> is set when the document is not a PK document at all; then
/// nothing may be stored.
/// </summary>
public sealed record ReadResult(
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> ReadingFindings,
    ReadFailure? Failure);

/// <summary>Why a document could not be read: a message in Indonesian naming the file and line.</summary>
public sealed record ReadFailure(string SourceName, int Line, string Message)
{
    public override string ToString() => $"{SourceName}:{Line}: {Message}";
}
