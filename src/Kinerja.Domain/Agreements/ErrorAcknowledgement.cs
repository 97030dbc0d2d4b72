namespace Kinerja.Domain.Agreements;

/// <summary>
/// The Error findings an agreement still has when it is submitted or approved (<see cref="Count"/>, computed by the
/// caller over the office's agreements), and whether the person acting confirmed they understand
/// (<see cref="Acknowledged"/>). A PK with Error findings moves on only when acknowledged; one without moves on as
/// before. <see cref="None"/>: no Error finding.
/// </summary>
public readonly record struct ErrorAcknowledgement(int Count, bool Acknowledged)
{
    public static ErrorAcknowledgement None => new(0, false);

    /// <summary>True when the step may go ahead: no Error finding, or the person confirmed them.</summary>
    public bool Allows => Count <= 0 || Acknowledged;
}
