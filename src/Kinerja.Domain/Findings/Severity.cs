namespace Kinerja.Domain.Findings;

/// <summary>How serious a finding is. An <see cref="Error"/> makes <c>kinerja check</c> exit 1.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
