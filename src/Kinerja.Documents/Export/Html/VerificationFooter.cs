using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using QRCoder;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// The block printed at the foot of every page of an agreement: the QR code of its verification address (inline
/// SVG), the address, the short fingerprint of its content, its status and the generation date. It sits in the
/// <c>tfoot</c> of each page-group table, which Chromium repeats on every printed page the table spans.
/// </summary>
internal static class VerificationFooter
{
    public static string Write(Agreement agreement, string url, string fingerprint, string? status, DateOnly generatedAt)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"verification\">");
        html.Append("<div class=\"qr\" aria-label=\"QR\">").Append(QrSvg(url)).Append("</div>");
        html.Append("<div class=\"verification-text\">");
        html.Append("<div>").Append(Html.Encode(PrintMessages.ScanToVerify)).Append("</div>");
        html.Append("<div class=\"url\">").Append(Html.Encode(url)).Append("</div>");
        html.Append("<div class=\"fingerprint\">").Append(Html.Encode(Format(PrintMessages.Fingerprint, AgreementFingerprint.Short(fingerprint)))).Append("</div>");
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(status))
            details.Add(Format(PrintMessages.Status, status));
        details.Add(Format(PrintMessages.GeneratedAt, IndonesianDate.Format(generatedAt)));
        details.Add(agreement.FirstParty.Position);
        html.Append("<div>").Append(Html.Encode(string.Join(PrintMessages.Separator, details))).Append("</div>");
        html.Append("</div></div>");
        return html.ToString();
    }

    /// <summary>The QR code as an SVG element that scales to its box (no XML declaration, no fixed size).</summary>
    public static string QrSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    private static string Format(string format, string value) => string.Format(CultureInfo.InvariantCulture, format, value);
}
