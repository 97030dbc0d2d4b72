using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// Writes Perjanjian Kinerja as a Word document (DOCX): one agreement, or all agreements of an office and year in
/// hierarchy order (<see cref="AgreementOrder"/>). Each agreement is three sections on new pages: the agreement
/// page, Lampiran 1 and Lampiran 2; A4 portrait, real tables and styles. Reading the result back
/// (<c>DocxAgreementReader</c>) gives the same agreements.
/// </summary>
public static class DocxExporter
{
    public static void Write(IReadOnlyList<Agreement> agreements, Stream output, PositionHierarchy? hierarchy = null)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        // Each part is saved once, explicitly; auto-saving would serialise the body a second time when the package closes.
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: false);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = DocxStyles.Create();
        styles.Styles.Save();
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new ThemeFontLanguages { Val = "id-ID" });
        settings.Settings.Save();
        document.PackageProperties.Title = agreements.Count == 1 ? agreements[0].Key : "Perjanjian Kinerja";
        document.PackageProperties.Language = "id-ID";

        var body = new Body();
        var ordered = AgreementOrder.InHierarchyOrder(agreements, hierarchy);
        for (var i = 0; i < ordered.Count; i++)
        {
            var agreement = ordered[i];
            body.Append(AgreementPage.Write(agreement));
            body.Append(DocxElements.SectionBreak());
            body.Append(Lampiran1.Write(agreement));
            body.Append(DocxElements.SectionBreak());
            body.Append(Lampiran2.Write(agreement));
            if (i < ordered.Count - 1)
                body.Append(DocxElements.SectionBreak());
        }

        if (ordered.Count == 0)
            body.Append(new Paragraph());
        body.Append(DocxElements.Section());
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static byte[] Write(IReadOnlyList<Agreement> agreements, PositionHierarchy? hierarchy = null)
    {
        using var stream = new MemoryStream();
        Write(agreements, stream, hierarchy);
        return stream.ToArray();
    }
}
