using System.Globalization;
using Kinerja.Application.Features.Export;
using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Pdf;
using Kinerja.Web.Documents;
using Kinerja.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Web.Pages.Kantor;

/// <summary>
/// An office's PKs of one year that the visitor may read (the public: published ones only), with downloads of all
/// of them at once: print view, DOCX, PDF, XLSX (targets and budgets). An unknown office, or one with nothing the
/// visitor may read that year, answers 404.
/// </summary>
[AllowAnonymous]
public sealed class DokumenModel(LoadOfficeAgreements loadOfficeAgreements, AgreementDocuments documents) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OfficeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Year { get; set; }

    public OfficeDocuments Office { get; private set; } = null!;

    public string Title => string.Format(CultureInfo.InvariantCulture, OfficeDocumentMessages.Title, Office.Office.Name, Office.Year);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetCetakAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Content(documents.Html(Office.Agreements, Request), "text/html; charset=utf-8");

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
        ?? File(DocxExporter.Write(Office.Plain), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName("docx"));

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
        ?? File(XlsxExporter.Write(Office.Plain), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));

    /// <summary>All PKs printed by headless Chromium; without Chromium, this page again with the message.</summary>
    public async Task<IActionResult> OnGetPdfAsync([FromServices] PdfRenderer renderer, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failure)
            return failure;

        var pdf = await renderer.RenderAsync(documents.Html(Office.Agreements, Request), cancellationToken);
        if (pdf.Success)
            return File(pdf.Pdf!, "application/pdf", FileName("pdf"));

        TempData[Flash.Error] = pdf.Error;
        return RedirectToPage(null, new { OfficeId, tahun = Year });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (Year is not { } year)
            return NotFound();

        var result = await loadOfficeAgreements.ExecuteAsync(User.ToActor(), OfficeDocumentsRequest.ById(OfficeId, year), cancellationToken);
        if (this.Failure(result) is { } failure)
            return failure;

        Office = result.Value!;
        return null;
    }

    private string FileName(string extension) =>
        string.Join('-', string.Format(CultureInfo.InvariantCulture, OfficeDocumentMessages.FileStem, Office.Year, Office.Office.Name)
            .ToLowerInvariant()
            .Split([' ', '.', ',', '/', '\\'], StringSplitOptions.RemoveEmptyEntries)) + "." + extension;
}
