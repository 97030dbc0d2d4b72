namespace Kinerja.Domain.Agreements.Comparison;

/// <summary>What an amendment did to a target or a budget line of the version it supersedes.</summary>
public enum ChangeKind
{
    Unchanged,
    Changed,
    Added,
    Removed,
}
