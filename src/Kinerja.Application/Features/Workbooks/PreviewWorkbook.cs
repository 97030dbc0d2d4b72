using Kinerja.Application.Common;
using Kinerja.Documents.Xlsx;
using Kinerja.Domain.Access;
using Kinerja.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Application.Features.Workbooks;

/// <summary>
/// Reads an edited XLSX of an office's targets and budgets (as exported) and compares it with the stored agreements
/// of that office and year, storing nothing. Only an operator of the office or an administrator may; anyone else, or
/// an unknown office, gets NotFound. Agreements of another office in the workbook are cell errors.
/// </summary>
public sealed class PreviewWorkbook(KinerjaDbContext db)
{
    public async Task<Result<WorkbookPreview>> ExecuteAsync(Actor actor, Guid officeId, int year, byte[] workbook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(workbook);
        if (!AgreementAccess.CanCreateIn(actor, officeId))
            return Result.NotFound();
        var office = await db.Offices.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken);
        if (office is null)
            return Result.NotFound();

        var read = XlsxImporter.Read(workbook);
        if (!read.Succeeded)
            return Result<WorkbookPreview>.Ok(new WorkbookPreview(null, read.Errors, new HashSet<Guid>()));

        var foreign = read.Agreements.Where(a => !office.IsNamed(a.Office) || a.Year != year).ToList();
        if (foreign.Count > 0)
        {
            var errors = foreign.Select(a => new XlsxCellError(
                Documents.Export.Xlsx.WorkbookLayout.AgreementSheet, 0, string.Empty, string.Format(System.Globalization.CultureInfo.InvariantCulture, ApplicationMessages.WorkbookOtherOffice, a.FirstParty.Position, a.Office, a.Year, office.Name, year))).ToList();
            return Result<WorkbookPreview>.Ok(new WorkbookPreview(null, errors, new HashSet<Guid>()));
        }

        var stored = await db.Agreements.AsNoTracking().Where(a => a.OfficeId == officeId && a.Year == year).WithDetails().ToListAsync(cancellationToken);
        var comparison = WorkbookComparison.Compare(read.Agreements, stored);
        var editable = stored.Where(a => AgreementAccess.StatusAllows(AgreementAction.Edit, a.Status)).Select(a => a.Id).ToHashSet();
        return Result<WorkbookPreview>.Ok(new WorkbookPreview(comparison, [], editable));
    }
}
