using Kinerja.Documents.Export.Html;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;

namespace Kinerja.Application.Features.Export;

/// <summary>
/// The agreements of an office and year that the actor may read, with their details, in hierarchy order (Camat,
/// Sekretaris Camat, Kepala Seksi, Kepala Sub Bagian); each amendment carries the version it supersedes so that the
/// print view can show the values before the amendment.
/// </summary>
public sealed record OfficeDocuments(Office Office, int Year, IReadOnlyList<PrintedAgreement> Agreements)
{
    /// <summary>The agreements themselves, in the same order.</summary>
    public IReadOnlyList<Agreement> Plain => Agreements.Select(a => a.Agreement).ToList();

    /// <summary>The agreements in force: those not superseded by an amendment in the list (for the XLSX of targets and budgets).</summary>
    public IReadOnlyList<Agreement> Current =>
        Plain.Where(a => !Agreements.Any(o => o.Agreement.SupersedesId == a.Id)).ToList();
}
