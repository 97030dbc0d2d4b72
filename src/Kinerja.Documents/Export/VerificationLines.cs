using System.Globalization;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Export;

/// <summary>
/// The texts printed beside the QR code at the foot of every page, the same in the print view, the PDF and the DOCX:
/// "Pindai kode QR …", the verification address, "Sidik dokumen: 1e81 5216 3d77 a695" (the short fingerprint of the
/// content) and one line with the status, the generation date and Pihak Pertama's position.
/// </summary>
internal sealed record VerificationLines(string ScanToVerify, string Url, string Fingerprint, string Details)
{
    public static VerificationLines Of(Agreement agreement, string url, string? status, DateOnly generatedAt)
    {
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(status))
            details.Add(Format(PrintMessages.Status, status));
        details.Add(Format(PrintMessages.GeneratedAt, IndonesianDate.Format(generatedAt)));
        details.Add(agreement.FirstParty.Position);
        return new VerificationLines(
            PrintMessages.ScanToVerify,
            url,
            Format(PrintMessages.Fingerprint, AgreementFingerprint.Short(AgreementFingerprint.Compute(agreement))),
            string.Join(PrintMessages.Separator, details));
    }

    private static string Format(string format, string value) => string.Format(CultureInfo.InvariantCulture, format, value);
}
