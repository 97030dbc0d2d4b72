using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements.Comparison;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// The print view of Perjanjian Kinerja: one standalone HTML5 document (lang="id", style sheet inlined, no script, no
/// external asset) for A4 portrait paper, to print from a browser or to turn into PDF. Each agreement prints as the
/// agreement page, Lampiran 1 and Lampiran 2, each starting a new page, and every page carries the QR code of the
/// agreement's verification address with the short fingerprint of its content. Several agreements (e.g. all of an
/// office and year) print in hierarchy order: Camat, Sekretaris Camat, Kepala Seksi, Kepala Sub Bagian.
/// </summary>
public static class PrintView
{
    private const string StyleElementText = "\n" + PrintStyles.Css + "\n";

    /// <summary>
    /// The Content-Security-Policy source of the print view's one inline style element (<c>'sha256-…'</c>), so that the
    /// web host can allow it without allowing inline styles in general.
    /// </summary>
    public static string StyleElementHash { get; } =
        "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(StyleElementText))) + "'";

    public static string Render(PrintedAgreement agreement, PrintOptions options) => Render([agreement], options);

    public static string Render(IReadOnlyList<PrintedAgreement> agreements, PrintOptions options)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = AgreementOrder.InHierarchyOrder(agreements.Select(a => a.Agreement), options.Hierarchy)
            .Select(a => agreements.First(p => ReferenceEquals(p.Agreement, a)))
            .ToList();

        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Html.Encode(DocumentTitle(ordered))).Append("</title>\n");
        html.Append("<style>").Append(StyleElementText).Append("</style>\n</head>\n<body>\n");
        if (ordered.Count == 0)
            html.Append("<p>").Append(Html.Encode(PrintMessages.NoAgreements)).Append("</p>\n");

        var first = true;
        foreach (var printed in ordered)
        {
            WriteAgreement(html, printed, options, first);
            first = false;
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteAgreement(StringBuilder html, PrintedAgreement printed, PrintOptions options, bool first)
    {
        var agreement = printed.Agreement;
        var diff = printed.Previous is null ? null : AgreementDiff.Compare(printed.Previous, agreement);
        var footer = VerificationFooter.Write(agreement, options.VerificationUrl(agreement), printed.Status, options.GeneratedAt);

        html.Append("<article class=\"pk\" data-agreement=\"").Append(agreement.Id.ToString("D", CultureInfo.InvariantCulture)).Append("\">\n");
        Sheet(html, footer, !first, "agreement-page", h => AgreementPage.Write(h, agreement, diff));
        Sheet(html, footer, true, "lampiran-1", h => Lampiran1.Write(h, agreement, diff));
        Sheet(html, footer, true, "lampiran-2", h => Lampiran2.Write(h, agreement));
        html.Append("</article>\n");
    }

    /// <summary>A page group: its content in the body of a one-cell table whose footer (the verification block) repeats on every printed page.</summary>
    private static void Sheet(StringBuilder html, string footer, bool pageBreak, string part, Action<StringBuilder> content)
    {
        html.Append("<table class=\"sheet ").Append(part).Append(pageBreak ? " break" : string.Empty).Append("\"><tbody><tr><td>\n");
        content(html);
        html.Append("\n</td></tr></tbody><tfoot><tr><td>").Append(footer).Append("</td></tr></tfoot></table>\n");
    }

    private static string DocumentTitle(IReadOnlyList<PrintedAgreement> agreements)
    {
        if (agreements.Count == 0)
            return string.Format(CultureInfo.InvariantCulture, PrintMessages.DocumentTitle, string.Empty, string.Empty).Trim();
        var first = agreements[0].Agreement;
        var subject = agreements.Count == 1 ? first.FirstParty.Position : first.Office;
        return string.Format(CultureInfo.InvariantCulture, PrintMessages.DocumentTitle, subject, first.Year);
    }
}
