namespace Kinerja.Application.Common;

/// <summary>The outcome of a use case that returns a value (see <see cref="Result"/>).</summary>
public sealed class Result<T>
{
    private Result(ResultStatus status, T? value, IReadOnlyList<string> messages)
    {
        Status = status;
        Value = value;
        Messages = messages;
    }

    public ResultStatus Status { get; }

    /// <summary>The value when <see cref="IsOk"/>; default otherwise.</summary>
    public T? Value { get; }

    public IReadOnlyList<string> Messages { get; }

    public bool IsOk => Status == ResultStatus.Ok;

    public static Result<T> Ok(T value) => new(ResultStatus.Ok, value, []);

    internal static Result<T> Failure(ResultStatus status, IReadOnlyList<string> messages) => new(status, default, messages);

    public static implicit operator Result<T>(Result failure) => failure.As<T>();

    /// <summary>The value turned into another on success; the same failure otherwise.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map) =>
        IsOk ? Result<TOut>.Ok(map(Value!)) : Result<TOut>.Failure(Status, Messages);

    /// <summary>The outcome without its value, to pass on where only success or the failure matters.</summary>
    public Result WithoutValue() => IsOk ? Result.Ok() : Result.Failure(Status, Messages);

    public override string ToString() => IsOk ? "Ok: " + Value : Status + ": " + string.Join(" ", Messages);
}
