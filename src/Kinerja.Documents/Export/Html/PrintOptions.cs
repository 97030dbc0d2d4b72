using Kinerja.Domain.Agreements;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// How to print: the address each agreement's QR code points to, the date printed as the generation date (passed in:
/// the renderer reads no clock) and the position hierarchy that orders an office's agreements.
/// </summary>
public sealed record PrintOptions(Func<Agreement, string> VerificationUrl, DateOnly GeneratedAt)
{
    /// <summary>Orders an office's agreements: Camat, Sekretaris Camat, Kepala Seksi, Kepala Sub Bagian by default.</summary>
    public PositionHierarchy Hierarchy { get; init; } = PositionHierarchy.Kecamatan;

    /// <summary>Verification at <c>{baseUrl}/verifikasi/{id}</c>, e.g. <c>https://kinerja.example/verifikasi/0196...</c>.</summary>
    public static PrintOptions ForBaseUrl(string baseUrl, DateOnly generatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        var root = baseUrl.TrimEnd('/');
        return new PrintOptions(a => root + "/verifikasi/" + a.Id.ToString("D", System.Globalization.CultureInfo.InvariantCulture), generatedAt);
    }
}
