using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using static Kinerja.Documents.Export.Docx.DocxElements;

namespace Kinerja.Documents.Export.Docx;

/// <summary>The agreement page: title, office and region, the standard statement with both parties, place, date and signatures.</summary>
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
        var lines = new List<string> { title, agreement.Office.ToUpper(IndonesianCulture.Instance) };
        if (agreement.Region.Length > 0)
            lines.Add(agreement.Region.ToUpper(IndonesianCulture.Instance));
        yield return Paragraph(string.Join('\n', lines), DocxStyles.Title);

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

    private static IEnumerable<Paragraph> PartyBlock(Party party, string role)
    {
        yield return LabelledParagraph(AgreementWording.NameLabel, party.PrintedName, BlockIndent, ColonAt);
        if (party.NipAsPrinted is not null)
            yield return LabelledParagraph(AgreementWording.NipLabel, SignatureBlock.Grouped(party.NipAsPrinted), BlockIndent, ColonAt);
        yield return LabelledParagraph(AgreementWording.PositionLabel, party.Position, BlockIndent, ColonAt);
        yield return Paragraph(role, indentLeft: BlockIndent);
    }
}
