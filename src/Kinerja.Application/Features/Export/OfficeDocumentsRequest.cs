namespace Kinerja.Application.Features.Export;

/// <summary>
/// Which agreements to export: one office, by id (web) or by its name as printed (CLI, e.g. "Kecamatan Kalaena",
/// however spelled in case and spacing), one year, and optionally one position of the first party (e.g.
/// "Sekretaris Camat", compared as a position title).
/// </summary>
public sealed record OfficeDocumentsRequest(Guid? OfficeId, string? OfficeName, int Year, string? Position = null)
{
    public static OfficeDocumentsRequest ById(Guid officeId, int year, string? position = null) => new(officeId, null, year, position);

    public static OfficeDocumentsRequest ByName(string officeName, int year, string? position = null) => new(null, officeName, year, position);
}
