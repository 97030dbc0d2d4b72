using Kinerja.Application.Features.Import;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Impor;

/// <summary>
/// Import in the browser: upload a PK document, see the agreements read and their findings, then confirm to store
/// them, or cancel and nothing is stored. The preview stores nothing; the document travels back with the confirmation.
/// </summary>
[RequestSizeLimit(UploadLimits.DocumentRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.DocumentRequestBytes, ValueLengthLimit = UploadLimits.EncodedDocumentChars)]
[Microsoft.AspNetCore.Authorization.Authorize(Roles = "Administrator,Operator")]
public sealed class IndexModel(PreviewImport previewImport, ImportAgreements importAgreements) : PageModel
{
    [BindProperty]
    public IFormFile? Berkas { get; set; }

    /// <summary>The document being previewed, base64, sent back on confirmation.</summary>
    [BindProperty]
    public string? Konten { get; set; }

    [BindProperty]
    public string? NamaBerkas { get; set; }

    public FileImportResult? Preview { get; private set; }

    public FileImportResult? Stored { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPratinjauAsync(CancellationToken cancellationToken)
    {
        var upload = await UploadedDocument.ReadAsync(Berkas, cancellationToken);
        if (upload.Error is not null)
        {
            ModelState.AddModelError(nameof(Berkas), upload.Error);
            return Page();
        }

        NamaBerkas = upload.FileName;
        Konten = Convert.ToBase64String(upload.Content);
        Preview = await previewImport.ExecuteAsync(new ImportSource(upload.FileName, upload.Text), User.ToActor(), cancellationToken);
        if (Preview.Failure is { } failure)
            ModelState.AddModelError(nameof(Berkas), failure);
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken cancellationToken)
    {
        var text = Decode(Konten);
        if (text is null || string.IsNullOrWhiteSpace(NamaBerkas))
        {
            ModelState.AddModelError(nameof(Berkas), WebMessages.ImportExpired);
            return Page();
        }

        var result = await importAgreements.ExecuteAsync([new ImportSource(Path.GetFileName(NamaBerkas), text)], cancellationToken, User.ToActor());
        Stored = result.Files[0];
        if (Stored.Failure is { } failure)
            ModelState.AddModelError(nameof(Berkas), failure);
        return Page();
    }

    private static string? Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
            return null;
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length)
            ? Kinerja.Documents.DocumentText.Read(bytes[..length], string.Empty).Text
            : null;
    }
}
