using Kinerja.Documents.Pdf;
using Kinerja.Web.Documents;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Pk;

/// <summary>The print view of an agreement (A4, every page with its QR code), and its downloads.</summary>
[AllowAnonymous]
public sealed class CetakModel(AgreementDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await documents.LoadAsync(User.ToActor(), id, cancellationToken);
        return this.Failure(result) ?? Content(documents.Html(result.Value!, Request), "text/html; charset=utf-8");
    }

    /// <summary>The print view printed by headless Chromium; without Chromium, a page that says so and offers the rest.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, [FromServices] PdfRenderer renderer, CancellationToken cancellationToken)
    {
        var result = await documents.LoadAsync(User.ToActor(), id, cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;

        var pdf = await renderer.RenderAsync(documents.Html(result.Value!, Request), cancellationToken);
        if (pdf.Success)
            return File(pdf.Pdf!, "application/pdf", AgreementDocuments.FileName(result.Value!.Agreement, "pdf"));

        TempData[Flash.Error] = pdf.Error;
        return RedirectToPage("/Pk/Detail", new { id });
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await documents.LoadAsync(User.ToActor(), id, cancellationToken);
        return this.Failure(result) ?? File(
            documents.Docx(result.Value!, Request),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            AgreementDocuments.FileName(result.Value!.Agreement, "docx"));
    }
}
