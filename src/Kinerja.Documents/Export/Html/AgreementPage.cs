using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// The agreement page (DOMAIN.md §2): government and office, title, the opening statement, the Nama/NIP/Jabatan blocks
/// of Pihak Pertama and Pihak Kedua, the promise and the supervision sentences, place and date, signatures. For an
/// amendment, a party's changed name, NIP or jabatan shows what it was before.
/// </summary>
internal static class AgreementPage
{
    public static void Write(StringBuilder html, Agreement agreement, AgreementDiff? diff)
    {
        html.Append("<header class=\"letterhead\">");
        html.Append("<div>").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, PrintMessages.Government, Upper(agreement.Region)))).Append("</div>");
        html.Append("<div>").Append(Html.Encode(Upper(agreement.Office))).Append("</div>");
        html.Append("</header>");
        html.Append("<h1>").Append(Html.Encode(Title(agreement))).Append("</h1>");
        html.Append("<p class=\"statement\">").Append(Html.Encode(AgreementWording.Opening)).Append("</p>");
        PartyBlock(html, agreement.FirstParty, AgreementWording.FirstPartyRole, Changes(diff, PartyRole.First));
        PartyBlock(html, agreement.SecondParty, AgreementWording.SecondPartyRole, Changes(diff, PartyRole.Second));
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

    private static List<PartyChange> Changes(AgreementDiff? diff, PartyRole role) =>
        diff?.PartyChanges.Where(c => c.Role == role).ToList() ?? [];

    private static void PartyBlock(StringBuilder html, Party party, string role, List<PartyChange> changes)
    {
        string? Was(PartyField field) => changes.FirstOrDefault(c => c.Field == field) is { } change ? change.Previous ?? AgreementWording.Empty : null;

        html.Append("<table class=\"party\"><colgroup><col class=\"label\"><col class=\"colon\"><col></colgroup><tbody>");
        Row(html, AgreementWording.NameLabel, party.PrintedName, "name", Was(PartyField.Name));
        var nip = SignatureBlocks.GroupedNip(party);
        if (nip is not null || Was(PartyField.Nip) is not null)
            Row(html, AgreementWording.NipLabel, nip ?? AgreementWording.Empty, null, Was(PartyField.Nip));
        Row(html, AgreementWording.PositionLabel, party.Position, null, Was(PartyField.Position));
        html.Append("</tbody></table>");
        html.Append("<p class=\"role-line\">").Append(Html.Encode(role)).Append("</p>");
    }

    private static void Row(StringBuilder html, string label, string value, string? cssClass, string? was)
    {
        html.Append("<tr><td>").Append(Html.Encode(label)).Append("</td><td>:</td><td");
        if (cssClass is not null)
            html.Append(" class=\"").Append(cssClass).Append('"');
        html.Append('>').Append(Html.Encode(value));
        if (was is not null)
            html.Append("<div class=\"was\">").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, PrintMessages.WasValue, was))).Append("</div>");
        html.Append("</td></tr>");
    }
}
