using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using static Kinerja.Documents.Export.Docx.DocxElements;

namespace Kinerja.Documents.Export.Docx;

/// <summary>The agreement page: the kop (government and office), the title, the standard statement with both parties, place, date and signatures.</summary>
internal static class AgreementPage
{
    private const int BlockIndent = 567;
    private const int ColonAt = 2268;

    public static IEnumerable<OpenXmlElement> Write(Agreement agreement)
    {
        var title = string.Format(
            CultureInfo.InvariantCulture,
            agreement.Kind == AgreementKind.Perubahan ? AgreementWording.AmendmentTitle : AgreementWording.Title,
            agreement.Year);
        yield return Paragraph(string.Join('\n', Letterhead(agreement)), DocxStyles.Letterhead);
        yield return Paragraph(title, DocxStyles.Title);

        yield return Paragraph(AgreementWording.Opening, align: JustificationValues.Both);
        foreach (var element in PartyBlock(agreement.FirstParty, AgreementWording.FirstPartyRole))
            yield return element;
        foreach (var element in PartyBlock(agreement.SecondParty, AgreementWording.SecondPartyRole))
            yield return element;
        yield return Paragraph(AgreementWording.Promise, align: JustificationValues.Both);
        yield return Paragraph(AgreementWording.Supervision, align: JustificationValues.Both);
        foreach (var element in SignatureBlock.Write(agreement, 0))
            yield return element;
    }

    /// <summary>The kop, as in the print view: "PEMERINTAH KABUPATEN LUWU TIMUR", then the office.</summary>
    private static IEnumerable<string> Letterhead(Agreement agreement)
    {
        if (agreement.Region.Length > 0)
            yield return string.Format(CultureInfo.InvariantCulture, PrintMessages.Government, agreement.Region.ToUpper(IndonesianCulture.Instance));
        yield return agreement.Office.ToUpper(IndonesianCulture.Instance);
    }

    private static IEnumerable<Paragraph> PartyBlock(Party party, string role)
    {
        yield return LabelledParagraph(AgreementWording.NameLabel, party.PrintedName, BlockIndent, ColonAt);
        if (party.NipAsPrinted is not null)
            yield return LabelledParagraph(AgreementWording.NipLabel, SignatureBlock.Grouped(party.NipAsPrinted), BlockIndent, ColonAt);
        yield return LabelledParagraph(AgreementWording.PositionLabel, party.Position, BlockIndent, ColonAt);
        yield return Paragraph(role, indentLeft: BlockIndent);
    }
}
