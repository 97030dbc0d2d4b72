using System.Globalization;
using System.Text;

namespace Kinerja.Web;

/// <summary>A PK document uploaded through a form: checked for presence, size and kind, read as UTF-8 text.</summary>
public sealed record UploadedDocument(string FileName, byte[] Content, string Text, string? Error)
{
    private static readonly string[] Extensions = [".txt"];

    public static async Task<UploadedDocument> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return Failed(WebMessages.UploadMissing);
        var name = Path.GetFileName(file.FileName);
        if (file.Length > UploadLimits.DocumentBytes)
            return Failed(string.Format(CultureInfo.InvariantCulture, WebMessages.UploadTooLarge, name, UploadLimits.DocumentBytes / (1024 * 1024)));
        if (!Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            return Failed(string.Format(CultureInfo.InvariantCulture, WebMessages.UploadWrongKind, name));

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var text = DecodeText(content);
        return text is null
            ? Failed(string.Format(CultureInfo.InvariantCulture, WebMessages.UploadNotText, name))
            : new UploadedDocument(name, content, text, null);
    }

    /// <summary>UTF-8 text (with or without byte order mark), or null when the bytes are not valid UTF-8.</summary>
    public static string? DecodeText(ReadOnlySpan<byte> content)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static UploadedDocument Failed(string error) => new(string.Empty, [], string.Empty, error);
}
