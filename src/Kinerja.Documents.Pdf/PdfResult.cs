namespace Kinerja.Documents.Pdf;

/// <summary>
/// A printed PDF, or why there is none: <see cref="Error"/> is an Indonesian message to show the user (who can still
/// take the print view or the DOCX); <see cref="Detail"/> is the technical cause, for the log.
/// </summary>
public sealed record PdfResult
{
    private PdfResult(byte[]? pdf, string? error, string? detail)
    {
        Pdf = pdf;
        Error = error;
        Detail = detail;
    }

    public byte[]? Pdf { get; }

    public string? Error { get; }

    public string? Detail { get; }

    public bool Success => Pdf is not null;

    public static PdfResult Ok(byte[] pdf) => new(pdf, null, null);

    public static PdfResult Fail(string error, string? detail = null) => new(null, error, detail);
}
