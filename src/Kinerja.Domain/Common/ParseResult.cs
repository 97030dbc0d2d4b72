namespace Kinerja.Domain.Common;

/// <summary>
/// The outcome of reading text that may not parse: expected failures are values, not exceptions.
/// <see cref="Error"/> is an Indonesian message fit to show to a user.
/// </summary>
public readonly record struct ParseResult<T>
{
    private ParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool Success => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string error) => new(default, error);

    public T GetValueOrThrow() =>
        Success ? Value! : throw new InvalidOperationException(Error);
}
