namespace Kinerja.Web;

/// <summary>Size limits of uploads, in one place.</summary>
public static class UploadLimits
{
    /// <summary>A PK document (text or DOCX): 5 MB.</summary>
    public const int DocumentBytes = 5 * 1024 * 1024;

    /// <summary>A scanned signed PK (PDF): 10 MB.</summary>
    public const int SignedScanBytes = 10 * 1024 * 1024;

    /// <summary>Room for the other fields of a form next to the file.</summary>
    public const int FormOverheadBytes = 64 * 1024;

    /// <summary>A document sent back base64-encoded with a confirmation.</summary>
    public const int EncodedDocumentChars = (DocumentBytes / 3 * 4) + 4096;
}
