using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.People;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// Place and date, then the two signature blocks side by side: Pihak Kedua left, Pihak Pertama right; each with its
/// label, jabatan as printed (an acting "Plt."/"Plh." kept), space to sign, the name (upper case, titles as written) in bold
/// and underlined, and the
/// NIP grouped (<c>19701024 199203 2 005</c>) when there is one.
/// </summary>
internal static class SignatureBlocks
{
    public static void Write(StringBuilder html, Agreement agreement)
    {
        html.Append("<div class=\"signatures\">");
        html.Append("<div class=\"signature second\"><div class=\"place-date\">&nbsp;</div>");
        Block(html, agreement.SecondParty, AgreementWording.SecondPartyLabel);
        html.Append("</div><div class=\"signature first\"><div class=\"place-date\">").Append(Html.Encode(PlaceAndDate(agreement))).Append("</div>");
        Block(html, agreement.FirstParty, AgreementWording.FirstPartyLabel);
        html.Append("</div></div>");
    }

    /// <summary>"Kalaena, 2 Januari 2025"; the place alone or the date alone when only one is known.</summary>
    public static string PlaceAndDate(Agreement agreement)
    {
        if (agreement.SignedAt is not { } date)
            return agreement.Place;
        return agreement.Place.Length == 0
            ? IndonesianDate.Format(date)
            : string.Format(CultureInfo.InvariantCulture, AgreementWording.PlaceAndDate, agreement.Place, IndonesianDate.Format(date));
    }

    /// <summary>A valid NIP grouped as <c>19701024 199203 2 005</c>; anything else as printed; null when none.</summary>
    public static string? GroupedNip(Party party) =>
        party.NipAsPrinted is null ? null : Nip.Validate(party.NipAsPrinted).Nip?.Grouped ?? party.NipAsPrinted;

    private static void Block(StringBuilder html, Party party, string label)
    {
        html.Append("<div class=\"role\">").Append(Html.Encode(label)).Append("</div>");
        html.Append("<div class=\"jabatan\">").Append(Html.Encode(party.Position + ",")).Append("</div>");
        html.Append("<div class=\"sign-space\"></div>");
        html.Append("<div class=\"name\">").Append(Html.Encode(party.ParsedName.ForSignature)).Append("</div>");
        var nip = GroupedNip(party);
        if (nip is not null)
            html.Append("<div class=\"nip\">").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, AgreementWording.NipLine, nip))).Append("</div>");
    }
}
