using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// The agreement page (DOMAIN.md §2): government and office, title, the opening statement, the Nama/NIP/Jabatan blocks
/// of Pihak Pertama and Pihak Kedua, the promise and the supervision sentences, place and date, signatures.
/// </summary>
internal static class AgreementPage
{
    public static void Write(StringBuilder html, Agreement agreement)
    {
        html.Append("<header class=\"letterhead\">");
        html.Append("<div>").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, PrintMessages.Government, Upper(agreement.Region)))).Append("</div>");
        html.Append("<div>").Append(Html.Encode(Upper(agreement.Office))).Append("</div>");
        html.Append("</header>");
        html.Append("<h1>").Append(Html.Encode(Title(agreement))).Append("</h1>");
        html.Append("<p class=\"statement\">").Append(Html.Encode(AgreementWording.Opening)).Append("</p>");
        PartyBlock(html, agreement.FirstParty, AgreementWording.FirstPartyRole);
        PartyBlock(html, agreement.SecondParty, AgreementWording.SecondPartyRole);
        html.Append("<p class=\"statement\">").Append(Html.Encode(AgreementWording.Promise)).Append("</p>");
        html.Append("<p class=\"statement\">").Append(Html.Encode(AgreementWording.Supervision)).Append("</p>");
        SignatureBlocks.Write(html, agreement);
    }

    /// <summary>"PERJANJIAN KINERJA TAHUN 2025" or "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025".</summary>
    public static string Title(Agreement agreement) =>
        string.Format(
            CultureInfo.InvariantCulture,
            agreement.Kind == AgreementKind.Perubahan ? AgreementWording.AmendmentTitle : AgreementWording.Title,
            agreement.Year);

    public static string Upper(string text) => text.ToUpper(IndonesianCulture.Instance);

    private static void PartyBlock(StringBuilder html, Party party, string role)
    {
        html.Append("<table class=\"party\"><colgroup><col class=\"label\"><col class=\"colon\"><col></colgroup><tbody>");
        Row(html, AgreementWording.NameLabel, party.PrintedName, "name");
        var nip = SignatureBlocks.GroupedNip(party);
        if (nip is not null)
            Row(html, AgreementWording.NipLabel, nip, null);
        Row(html, AgreementWording.PositionLabel, party.Position, null);
        html.Append("</tbody></table>");
        html.Append("<p class=\"role-line\">").Append(Html.Encode(role)).Append("</p>");
    }

    private static void Row(StringBuilder html, string label, string value, string? cssClass)
    {
        html.Append("<tr><td>").Append(Html.Encode(label)).Append("</td><td>:</td><td");
        if (cssClass is not null)
            html.Append(" class=\"").Append(cssClass).Append('"');
        html.Append('>').Append(Html.Encode(value)).Append("</td></tr>");
    }
}
