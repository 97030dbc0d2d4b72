using Kinerja.Documents.Docx;
using Kinerja.Documents.Text;

namespace Kinerja.Documents;

/// <summary>
/// The text form of an uploaded or named PK document, judged by its content: UTF-8 text as it is, DOCX through
/// <see cref="DocxText"/> (tables as tab-separated rows, as in the text extracted from a PDF). Every importer (CLI,
/// browser upload) reads documents through here, so a Word document imports like the text form, with the same
/// findings. Other formats fail with an Indonesian message, and so does a file beyond <see cref="DocumentLimits"/>
/// (a package is checked by <see cref="PackageGuard"/> before it is opened).
/// </summary>
public sealed record DocumentText(string? Text, ReadFailure? Failure)
{
    public static DocumentText Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (DocumentLimits.FileRefusal(content.LongLength) is { } tooLarge)
            return Failed(fileName, tooLarge);
        if (DocumentFormatDetector.Detect(content.AsSpan()) == DocumentFormatKind.Zip && PackageGuard.Check(content) is { } refusal)
            return Failed(fileName, refusal);

        switch (DocumentFormatDetector.Detect(content))
        {
            case DocumentFormatKind.Docx:
                try
                {
                    return new DocumentText(DocxText.Extract(new MemoryStream(content, writable: false)), null);
                }
                catch (Exception e) when (DocumentLimits.IsDamagedPackage(e))
                {
                    return Failed(fileName, DocumentMessages.DocxDamaged);
                }

            case DocumentFormatKind.Text when DocumentFormatDetector.TryDecodeText(content, out var decoded):
                return new DocumentText(decoded, null);
            case DocumentFormatKind.Pdf:
                return Failed(fileName, DocumentMessages.PdfNotSupported);
            case DocumentFormatKind.LegacyOffice:
                return Failed(fileName, DocumentMessages.LegacyOfficeNotSupported);
            case DocumentFormatKind.Xlsx:
                return Failed(fileName, DocumentMessages.XlsxNotAgreementDocument);
            case DocumentFormatKind.Zip:
                return Failed(fileName, DocumentMessages.ZipNotDocx);
            default:
                return Failed(fileName, DocumentMessages.NotText);
        }
    }

    private static DocumentText Failed(string fileName, string message) => new(null, new ReadFailure(fileName, 1, message));
}
