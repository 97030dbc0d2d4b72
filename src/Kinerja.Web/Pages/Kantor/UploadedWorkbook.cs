using System.IO.Compression;

namespace Kinerja.Web.Pages.Kantor;

/// <summary>An uploaded XLSX checked by its content (a ZIP holding <c>xl/workbook.xml</c>) and its size, not its name.</summary>
internal static class UploadedWorkbook
{
    public static async Task<(byte[]? Content, string? Error)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return (null, OfficeDocumentMessages.WorkbookMissing);
        if (file.Length > UploadLimits.DocumentBytes)
            return (null, OfficeDocumentMessages.WorkbookTooLarge);

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return IsWorkbook(content) ? (content, null) : (null, OfficeDocumentMessages.WorkbookNotXlsx);
    }

    public static bool IsWorkbook(byte[] content)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
            return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
