using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Export.Html;

/// <summary>"LAMPIRAN 1 / PERJANJIAN KINERJA CAMAT KALAENA / TAHUN 2025", naming Pihak Pertama's jabatan.</summary>
internal static class LampiranHeading
{
    public static void Write(StringBuilder html, Agreement agreement, int lampiran, string subtitle)
    {
        var line = agreement.Kind == AgreementKind.Perubahan ? AgreementWording.LampiranAmendment : AgreementWording.LampiranAgreement;
        html.Append("<header class=\"lampiran-heading\">");
        html.Append("<div>").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, AgreementWording.LampiranHeading, lampiran))).Append("</div>");
        html.Append("<div>").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, line, AgreementPage.Upper(agreement.FirstParty.Position)))).Append("</div>");
        html.Append("<div>").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, AgreementWording.LampiranYear, agreement.Year))).Append("</div>");
        html.Append("</header>");
        html.Append("<h2>").Append(Html.Encode(subtitle)).Append("</h2>");
    }
}
