namespace Kinerja.Domain.Common;

/// <summary>
/// The outcome of a command that may be refused: success, or the Indonesian messages saying why not. Expected
/// refusals (an invalid transition, a missing field) are values, never exceptions.
/// </summary>
public sealed class Outcome
{
    private static readonly Outcome Succeeded = new([]);

    private Outcome(IReadOnlyList<string> errors) => Errors = errors;

    /// <summary>The reasons of a refusal, fit to show to a user; empty on success.</summary>
    public IReadOnlyList<string> Errors { get; }

    public bool Success => Errors.Count == 0;

    /// <summary>The first reason of a refusal, or null on success.</summary>
    public string? Error => Success ? null : Errors[0];

    public static Outcome Ok() => Succeeded;

    public static Outcome Fail(string error, params IEnumerable<string> more) => new([error, .. more]);

    public static Outcome Fail(IReadOnlyList<string> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one message.", nameof(errors)) : new(errors);

    public override string ToString() => Success ? "Ok" : string.Join(" ", Errors);
}
