using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// One agreement to print: for an amendment, <see cref="Previous"/> is the version it supersedes, so that every
/// changed target and budget line shows its value before the amendment. <see cref="Status"/> is printed beside the
/// verification code (e.g. "Disetujui"); null prints none.
/// </summary>
public sealed record PrintedAgreement(Agreement Agreement, Agreement? Previous = null, string? Status = null);
