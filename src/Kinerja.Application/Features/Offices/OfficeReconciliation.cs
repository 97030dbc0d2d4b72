using Kinerja.Domain.Agreements;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Rules;

namespace Kinerja.Application.Features.Offices;

/// <summary>An office's budget for a year (<see cref="OfficeBudget"/>) and the agreements it was read from.</summary>
public sealed record OfficeReconciliation(Office Office, int Year, IReadOnlyList<Agreement> Agreements, OfficeBudget Budget)
{
    /// <summary>True when every program and kegiatan equals the sum of its children and every entry has one amount.</summary>
    public bool Reconciles => Budget.Items.All(i => (i.Difference is null || i.Difference.Value.Value == 0) && !i.Disagreeing.Any());
}
