namespace Kinerja.Web;

/// <summary>
/// Size limits of uploads, in one place. A page accepts a request up to <see cref="RequestFactor"/> times its file
/// limit, so that a file a little over the limit reaches the page, which says so in Indonesian and shows the form
/// again with what was typed; a request beyond that is refused before it is read, with the application's own
/// Indonesian page naming the limits (<c>/Status/413</c>).
/// </summary>
public static class UploadLimits
{
    /// <summary>A PK document (text or DOCX): 5 MB.</summary>
    public const int DocumentBytes = 5 * 1024 * 1024;

    /// <summary>A scanned signed PK (PDF): the core's limit, <see cref="Domain.Agreements.EvidenceDocument.MaxSize"/> (25 MB).</summary>
    public const int SignedScanBytes = Domain.Agreements.EvidenceDocument.MaxSize;

    /// <summary>How many times its file limit a request may be before it is refused unread.</summary>
    public const int RequestFactor = 4;

    /// <summary>Room for the other fields of a form next to the file.</summary>
    public const int FormOverheadBytes = 64 * 1024;

    /// <summary>The largest request of a page that takes a PK document.</summary>
    public const int DocumentRequestBytes = (RequestFactor * DocumentBytes) + FormOverheadBytes;

    /// <summary>The largest request of the page that takes a signed scan.</summary>
    public const int SignedScanRequestBytes = (RequestFactor * SignedScanBytes) + FormOverheadBytes;

    /// <summary>A document sent back base64-encoded with a confirmation.</summary>
    public const int EncodedDocumentChars = (DocumentBytes / 3 * 4) + 4096;

    public static int Megabytes(int bytes) => bytes / (1024 * 1024);
}
