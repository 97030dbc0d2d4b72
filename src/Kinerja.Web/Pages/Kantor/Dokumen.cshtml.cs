using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kinerja.Application.Features.Export;
using Kinerja.Application.Features.Workbooks;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Pdf;
using Kinerja.Domain.Access;
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
[RequestSizeLimit(UploadLimits.DocumentRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.DocumentRequestBytes, ValueLengthLimit = UploadLimits.EncodedDocumentChars)]
public sealed class DokumenModel(LoadOfficeAgreements loadOfficeAgreements, AgreementDocuments documents) : PageModel
{
    /// <summary>The edited workbook to compare (XLSX round trip).</summary>
    [BindProperty]
    public IFormFile? Berkas { get; set; }

    /// <summary>The previewed workbook, base64, sent back with the confirmation.</summary>
    [BindProperty]
    public string? Konten { get; set; }

    public WorkbookPreview? Preview { get; private set; }

    public IReadOnlyList<string> Applied { get; private set; } = [];

    /// <summary>The office's operator and the administrator may upload an edited workbook.</summary>
    public bool CanUpload => AgreementAccess.CanCreateIn(User.ToActor(), OfficeId);

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Kantor")]
    public Guid OfficeId { get; set; }

    [BindProperty(SupportsGet = true, Name = QueryYear.Key)]
    public string? Tahun { get; set; }

    public int? Year { get; private set; }

    /// <summary>Not loaded only when the year asked for is not a year (<see cref="YearRefused"/>).</summary>
    public OfficeDocuments Office { get; private set; } = null!;

    /// <summary>The year asked for is not a year: the page says so (<see cref="QueryYear"/>) and offers nothing.</summary>
    public bool YearRefused => Office is null;

    public string Title => YearRefused
        ? OfficeDocumentMessages.TitleWithoutYear
        : string.Format(CultureInfo.InvariantCulture, OfficeDocumentMessages.Title, Office.Office.Name, Office.Year);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Tahun) && QueryYear.Read(ModelState, Tahun) is null)
            return Page();
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnGetCetakAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Content(documents.Html(Office.Agreements, Request), "text/html; charset=utf-8");

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
        ?? File(documents.Docx(Office.Agreements, Request), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName("docx"));

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
        ?? File(XlsxExporter.Write(Office.Current), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));

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

    /// <summary>Compares the uploaded workbook with the stored agreements; stores nothing.</summary>
    public async Task<IActionResult> OnPostPratinjauAsync([FromServices] PreviewWorkbook previewWorkbook, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failure)
            return failure;
        if (!CanUpload)
            return NotFound();

        var (content, error) = await UploadedWorkbook.ReadAsync(Berkas, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Berkas), error);
            return Page();
        }

        var result = await previewWorkbook.ExecuteAsync(User.ToActor(), OfficeId, Year!.Value, content!, cancellationToken);
        if (this.Failure(result) is { } refused)
            return refused;
        Preview = result.Value;
        Konten = Preview!.CanApply ? Convert.ToBase64String(content!) : null;
        return Page();
    }

    /// <summary>Applies the previewed workbook to the agreements still editable.</summary>
    public async Task<IActionResult> OnPostTerapkanAsync([FromServices] ApplyWorkbook applyWorkbook, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } failure)
            return failure;
        if (!CanUpload)
            return NotFound();

        byte[] content;
        try
        {
            content = Convert.FromBase64String(Konten ?? string.Empty);
        }
        catch (FormatException)
        {
            content = [];
        }

        if (!UploadedWorkbook.IsWorkbook(content))
        {
            ModelState.AddModelError(nameof(Berkas), OfficeDocumentMessages.WorkbookNotXlsx);
            return Page();
        }

        var result = await applyWorkbook.ExecuteAsync(User.ToActor(), OfficeId, Year!.Value, content, cancellationToken);
        if (this.Failure(result) is { } refused)
            return refused;
        if (!result.IsOk)
            return Page();

        Applied = result.Value!;
        if (await LoadAsync(cancellationToken) is { } reloadFailure)
            return reloadFailure;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (QueryYear.Read(ModelState, Tahun) is not { } year)
            return NotFound();
        Year = year;

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
