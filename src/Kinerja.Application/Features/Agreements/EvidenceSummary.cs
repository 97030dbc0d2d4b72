namespace Kinerja.Application.Features.Agreements;

/// <summary>The scan of a signed agreement, without its bytes (see <see cref="GetEvidence"/> for them).</summary>
public sealed record EvidenceSummary(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedByName);
