namespace Kinerja.Application.Common;

/// <summary>The outcome of a use case without a value: <see cref="ResultStatus"/> and, on failure, Indonesian messages.</summary>
public sealed class Result
{
    private static readonly Result Success = new(ResultStatus.Ok, []);

    private Result(ResultStatus status, IReadOnlyList<string> messages)
    {
        Status = status;
        Messages = messages;
    }

    public ResultStatus Status { get; }

    public IReadOnlyList<string> Messages { get; }

    public bool IsOk => Status == ResultStatus.Ok;

    public static Result Ok() => Success;

    public static Result NotFound() => new(ResultStatus.NotFound, [ApplicationMessages.NotFound]);

    public static Result Forbidden() => new(ResultStatus.Forbidden, [ApplicationMessages.Forbidden]);

    public static Result Invalid(IReadOnlyList<string> messages) => new(ResultStatus.Invalid, messages);

    public static Result Invalid(string message) => new(ResultStatus.Invalid, [message]);

    public static Result Conflict(IReadOnlyList<string> messages) => new(ResultStatus.Conflict, messages);

    public static Result Conflict(string message) => new(ResultStatus.Conflict, [message]);

    /// <summary>The same failure for a use case that returns a value.</summary>
    public Result<T> As<T>() =>
        IsOk ? throw new InvalidOperationException("Only a failure converts.") : Result<T>.Failure(Status, Messages);

    internal static Result Failure(ResultStatus status, IReadOnlyList<string> messages) => new(status, messages);

    public override string ToString() => IsOk ? "Ok" : Status + ": " + string.Join(" ", Messages);
}
