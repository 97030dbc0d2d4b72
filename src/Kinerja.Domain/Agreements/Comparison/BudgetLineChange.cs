using Kinerja.Domain.Common;

namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>
/// One budget line in the two versions: <see cref="Previous"/> is null when the amendment added it,
/// <see cref="Current"/> when it removed it. <see cref="ChangeKind.Changed"/> means the amount differs.
/// </summary>
public sealed record BudgetLineChange(ChangeKind Kind, BudgetLine? Previous, BudgetLine? Current)
{
    public Rupiah? PreviousAmount => Previous?.Amount;

    public Rupiah? CurrentAmount => Current?.Amount;

    /// <summary>The new amount minus the old one, a missing line counting as zero: negative when the budget shrank.</summary>
    public Rupiah Difference => (Current?.Amount ?? Rupiah.Zero) - (Previous?.Amount ?? Rupiah.Zero);
}
