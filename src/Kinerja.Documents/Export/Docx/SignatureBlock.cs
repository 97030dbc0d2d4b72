using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.People;
using static Kinerja.Documents.Export.Docx.DocxElements;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// Place and date, then the two signature blocks side by side in a borderless table: Pihak Kedua left, Pihak Pertama
/// right; each with its label, jabatan, space to sign, name and NIP. A name or NIP the document printed under a
/// signature (kept in <see cref="Agreement.SignatureNames"/>) is printed as it was, block by block; a document signed
/// more than twice gets its further blocks after those of Lampiran 1.
/// </summary>
internal static class SignatureBlock
{
    public static IEnumerable<OpenXmlElement> Write(Agreement agreement, int occurrence)
    {
        if (agreement.SignedAt is { } date)
        {
            var text = agreement.Place.Length == 0
                ? IndonesianDate.Format(date)
                : string.Format(CultureInfo.InvariantCulture, AgreementWording.PlaceAndDate, agreement.Place, IndonesianDate.Format(date));
            yield return Paragraph(text, indentLeft: DocxLayout.SignatureColumns[0], keepNext: true);
        }

        var table = Table(DocxLayout.SignatureColumns, bordered: false);
        table.Append(Row(
            false,
            LayoutCell(DocxLayout.SignatureColumns[0], Block(agreement, PartyRole.Second, occurrence)),
            LayoutCell(DocxLayout.SignatureColumns[1], Block(agreement, PartyRole.First, occurrence))));
        yield return table;
        yield return Paragraph(string.Empty);
    }

    /// <summary>How many signature blocks the agreement was signed with: two (agreement page, Lampiran 1) or more.</summary>
    public static int Count(Agreement agreement) =>
        Math.Max(2, Math.Max(
            agreement.SignatureNames.Count(s => s.Role == PartyRole.First),
            agreement.SignatureNames.Count(s => s.Role == PartyRole.Second)));

    private static IEnumerable<Paragraph> Block(Agreement agreement, PartyRole role, int occurrence)
    {
        var party = role == PartyRole.First ? agreement.FirstParty : agreement.SecondParty;
        var printed = agreement.SignatureNames.Where(s => s.Role == role).ElementAtOrDefault(occurrence);
        var label = role == PartyRole.First ? AgreementWording.FirstPartyLabel : AgreementWording.SecondPartyLabel;

        yield return Paragraph(label, DocxStyles.TableText, JustificationValues.Center, keepNext: true);
        yield return Paragraph(party.Position.ToUpper(IndonesianCulture.Instance) + ",", DocxStyles.TableText, JustificationValues.Center, keepNext: true);
        for (var i = 0; i < 4; i++)
            yield return Paragraph(string.Empty, DocxStyles.TableText, keepNext: true);
        yield return Paragraph(printed?.PrintedName ?? party.PrintedName, DocxStyles.TableText, JustificationValues.Center, bold: true, keepNext: true);

        var nip = printed is null ? party.NipAsPrinted : printed.NipAsPrinted;
        if (!string.IsNullOrWhiteSpace(nip))
            yield return Paragraph(string.Format(CultureInfo.InvariantCulture, AgreementWording.NipLine, Grouped(nip)), DocxStyles.TableText, JustificationValues.Center);
    }

    /// <summary>A valid NIP grouped as <c>19701024 199203 2 005</c>; anything else as printed.</summary>
    public static string Grouped(string printed) => Nip.Validate(printed).Nip?.Grouped ?? printed.Trim();
}
