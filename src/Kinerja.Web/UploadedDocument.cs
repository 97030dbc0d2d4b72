using System.Globalization;

namespace Kinerja.Web;

/// <summary>A PK document uploaded through a form: checked for presence, size and kind, read as text (UTF-8 text or DOCX).</summary>
public sealed record UploadedDocument(string FileName, byte[] Content, string Text, string? Error)
{
    private static readonly string[] Extensions = [".txt", ".docx"];

    public static async Task<UploadedDocument> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return Failed(WebMessages.UploadMissing);
        var name = Path.GetFileName(file.FileName);
        if (file.Length > UploadLimits.DocumentBytes)
            return Failed(string.Format(CultureInfo.InvariantCulture, WebMessages.UploadTooLarge, name, UploadLimits.Megabytes(UploadLimits.DocumentBytes)));
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            return Failed(string.Format(CultureInfo.InvariantCulture, WebMessages.UploadWrongKind, name));

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var text = Kinerja.Documents.DocumentText.Read(content, name);
        return text.Failure is { } failure
            ? Failed(failure.Message)
            : new UploadedDocument(name, content, text.Text!, null);
    }

    private static UploadedDocument Failed(string error) => new(string.Empty, [], string.Empty, error);
}
