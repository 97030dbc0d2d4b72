using System.Text;
using Kinerja.Domain.Agreements;
using QRCoder;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// The block printed at the foot of every page of an agreement: the QR code of its verification address (inline
/// SVG) beside the <see cref="VerificationLines"/> (address, short fingerprint, status and generation date). It sits
/// in the <c>tfoot</c> of each page-group table, which Chromium repeats on every printed page the table spans.
/// </summary>
internal static class VerificationFooter
{
    public static string Write(Agreement agreement, string url, string? status, DateOnly generatedAt)
    {
        var lines = VerificationLines.Of(agreement, url, status, generatedAt);
        var html = new StringBuilder();
        html.Append("<div class=\"verification\">");
        html.Append("<div class=\"qr\" aria-label=\"QR\">").Append(QrSvg(url)).Append("</div>");
        html.Append("<div class=\"verification-text\">");
        html.Append("<div>").Append(Html.Encode(lines.ScanToVerify)).Append("</div>");
        html.Append("<div class=\"url\">").Append(Html.Encode(lines.Url)).Append("</div>");
        html.Append("<div class=\"fingerprint\">").Append(Html.Encode(lines.Fingerprint)).Append("</div>");
        html.Append("<div>").Append(Html.Encode(lines.Details)).Append("</div>");
        html.Append("</div></div>");
        return html.ToString();
    }

    /// <summary>The QR code as an SVG element that scales to its box (no XML declaration, no fixed size).</summary>
    public static string QrSvg(string url)
    {
        using var data = QrCode.Of(url);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
