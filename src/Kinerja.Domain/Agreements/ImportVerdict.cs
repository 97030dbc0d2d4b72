namespace Kinerja.Domain.Agreements;

/// <summary>What an import does with one agreement, and why, in Indonesian (shown in the preview and the CLI).</summary>
public sealed record ImportVerdict(ImportOutcome Outcome, string Message)
{
    public bool Refused => Outcome == ImportOutcome.Refused;
}
