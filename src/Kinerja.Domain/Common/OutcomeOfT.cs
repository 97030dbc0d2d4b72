namespace Kinerja.Domain.Common;

/// <summary>The outcome of a command that makes a value (see <see cref="Outcome"/>): the value, or the messages saying why not.</summary>
public sealed class Outcome<T>
    where T : class
{
    private Outcome(T? value, IReadOnlyList<string> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value; null when refused.</summary>
    public T? Value { get; }

    public IReadOnlyList<string> Errors { get; }

    public bool Success => Errors.Count == 0;

    public string? Error => Success ? null : Errors[0];

    public static Outcome<T> Ok(T value) => new(value, []);

    public static Outcome<T> Fail(string error, params IEnumerable<string> more) => new(null, [error, .. more]);

    public static Outcome<T> Fail(IReadOnlyList<string> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one message.", nameof(errors)) : new(null, errors);

    /// <summary>The refusal without its value, to pass on.</summary>
    public Outcome WithoutValue() => Success ? Outcome.Ok() : Outcome.Fail(Errors);

    public override string ToString() => Success ? "Ok: " + Value : string.Join(" ", Errors);
}
