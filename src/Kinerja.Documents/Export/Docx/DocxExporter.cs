using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Export.Html;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Export.Docx;

/// <summary>
/// Writes Perjanjian Kinerja as a Word document (DOCX): one agreement, or all agreements of an office and year in
/// hierarchy order (<see cref="AgreementOrder"/>). Each agreement is three sections on new pages: the agreement
/// page (under the kop), Lampiran 1 and Lampiran 2; A4 portrait, real tables and styles; every page's footer holds the
/// QR code and fingerprint of the print view (<see cref="VerificationFooter"/>). Reading the result back
/// (<c>DocxAgreementReader</c>) gives the same agreements.
/// </summary>
public static class DocxExporter
{
    /// <summary>Every page carries the QR code of <see cref="PrintOptions.VerificationUrl"/>, as the print view does.</summary>
    public static void Write(IReadOnlyList<PrintedAgreement> agreements, PrintOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(options);
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
        document.PackageProperties.Title = agreements.Count == 1 ? agreements[0].Agreement.Key : "Perjanjian Kinerja";
        document.PackageProperties.Language = "id-ID";

        var body = new Body();
        var ordered = AgreementOrder.InHierarchyOrder(agreements.Select(a => a.Agreement), options.Hierarchy)
            .Select(a => agreements.First(p => ReferenceEquals(p.Agreement, a)))
            .ToList();
        string? footer = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var agreement = ordered[i].Agreement;
            footer = VerificationFooter.Add(main, agreement, i + 1, options.VerificationUrl(agreement), ordered[i].Status, options.GeneratedAt);
            body.Append(AgreementPage.Write(agreement));
            body.Append(DocxElements.SectionBreak(footer));
            body.Append(Lampiran1.Write(agreement));
            body.Append(DocxElements.SectionBreak(footer));
            body.Append(Lampiran2.Write(agreement));
            if (i < ordered.Count - 1)
                body.Append(DocxElements.SectionBreak(footer));
        }

        if (ordered.Count == 0)
            body.Append(new Paragraph());
        body.Append(DocxElements.Section(footer));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static byte[] Write(IReadOnlyList<PrintedAgreement> agreements, PrintOptions options)
    {
        using var stream = new MemoryStream();
        Write(agreements, options, stream);
        return stream.ToArray();
    }

    /// <summary>Agreements without a status or an earlier version to print beside them.</summary>
    public static byte[] Write(IReadOnlyList<Agreement> agreements, PrintOptions options) =>
        Write(agreements.Select(a => new PrintedAgreement(a)).ToList(), options);
}
