using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Application.Features.Offices;

/// <summary>
/// One position in the pohon kinerja: its title and official as printed, its agreement (null for a superior outside
/// the office, e.g. the Bupati, known only as the Pihak Kedua of the agreements below), the agreement's budget total,
/// and the positions reporting to it.
/// </summary>
public sealed record PerformanceNode(string Position, string Official, Agreement? Agreement, Rupiah? BudgetTotal, IReadOnlyList<PerformanceNode> Children);
