using System.Security.Cryptography;
using System.Text;
using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// The scan of a signed agreement, kept as evidence of the signature: a PDF (its content starts with
/// <c>%PDF-</c>) of at most <see cref="MaxSize"/> bytes, with its SHA-256. One per signed agreement.
/// </summary>
public sealed class EvidenceDocument
{
    /// <summary>
    /// 25 MB. An 18-page PK scanned at 200–300 dpi is 12–20 MB, so the former 10 MB refused real scans; 25 MB keeps
    /// a margin without inviting full-colour 600 dpi files.
    /// </summary>
    public const int MaxSize = 25 * 1024 * 1024;

    public const string PdfContentType = "application/pdf";

    private static readonly byte[] PdfMagic = Encoding.ASCII.GetBytes("%PDF-");

    private EvidenceDocument()
    {
    }

    private EvidenceDocument(Guid agreementId, string fileName, byte[] content, DateTimeOffset uploadedAt, Guid? uploadedByUserId, string uploadedByName)
    {
        AgreementId = agreementId;
        FileName = fileName;
        ContentType = PdfContentType;
        Size = content.Length;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Content = content;
        UploadedAt = uploadedAt;
        UploadedByUserId = uploadedByUserId;
        UploadedByName = uploadedByName;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid AgreementId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = PdfContentType;

    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset UploadedAt { get; private set; }

    public Guid? UploadedByUserId { get; private set; }

    public string UploadedByName { get; private set; } = string.Empty;

    /// <summary>What <see cref="Agreement.Sign"/> records as evidence: "sha256:" and the hash.</summary>
    public string Reference => "sha256:" + Sha256;

    public static Outcome<EvidenceDocument> Create(
        Guid agreementId, string fileName, byte[] content, DateTimeOffset uploadedAt, Guid? uploadedByUserId, string uploadedByName)
    {
        // The name without any folder, whichever separator the uploading system used, and without control and
        // formatting characters (a right-to-left override turns "pk‮fdp.exe" into "pkexe.pdf" on screen).
        var name = WithoutControlCharacters(fileName ?? string.Empty).Trim();
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        if (name.Length == 0)
            return Outcome<EvidenceDocument>.Fail(Messages.EvidenceFileNameRequired);
        if (content.Length == 0)
            return Outcome<EvidenceDocument>.Fail(Messages.EvidenceEmpty);
        if (content.Length > MaxSize)
            return Outcome<EvidenceDocument>.Fail(TooLarge(name, content.Length));
        if (!content.AsSpan().StartsWith(PdfMagic))
            return Outcome<EvidenceDocument>.Fail(NotPdf(name));

        return Outcome<EvidenceDocument>.Ok(new EvidenceDocument(agreementId, name, content, uploadedAt, uploadedByUserId, uploadedByName.Trim()));
    }

    /// <summary>The refusal of a file that is not a PDF (by its first bytes here, by parsing it where a parser is at hand).</summary>
    public static string NotPdf(string fileName) => RuleText.Format(Messages.EvidenceNotPdf, fileName);

    /// <summary>
    /// The text without control characters (C0, C1) and Unicode format characters (category Cf: the bidirectional
    /// embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and U+061C,
    /// zero-width characters, the byte order mark).
    /// </summary>
    public static string WithoutControlCharacters(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
                kept.Append(c);
        }

        return kept.ToString();
    }

    /// <summary>The refusal of a scan of <paramref name="size"/> bytes: its name, its size and the limit.</summary>
    public static string TooLarge(string fileName, long size) => RuleText.Format(Messages.EvidenceTooLarge, fileName, FormatSize(size), FormatSize(MaxSize));

    /// <summary>"10 MB", "1,5 MB", "830 KB" in Indonesian number format.</summary>
    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024
            ? IndonesianNumber.Format(Math.Round(bytes / (1024m * 1024m), 1)) + " MB"
            : IndonesianNumber.Format(Math.Ceiling(bytes / 1024m)) + " KB";
}
