using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>
/// One indicator in the two versions: <see cref="Previous"/> is null when the amendment added it,
/// <see cref="Current"/> when it removed it. <see cref="ChangeKind.Changed"/> means the target (value or unit)
/// differs.
/// </summary>
public sealed record TargetChange(ChangeKind Kind, Sasaran? PreviousSasaran, Indicator? Previous, Sasaran? CurrentSasaran, Indicator? Current)
{
    public TargetValue? PreviousTarget => Previous?.Target;

    public TargetValue? CurrentTarget => Current?.Target;

    /// <summary>True when both versions have the indicator but its sasaran or indicator text was edited.</summary>
    public bool TextEdited =>
        Previous is not null && Current is not null
        && (!string.Equals(NomenclatureName.Key(Previous.Text), NomenclatureName.Key(Current.Text), StringComparison.Ordinal)
            || !string.Equals(NomenclatureName.Key(PreviousSasaran?.Text), NomenclatureName.Key(CurrentSasaran?.Text), StringComparison.Ordinal));
}
