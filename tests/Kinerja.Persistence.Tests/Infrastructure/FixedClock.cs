namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>A clock that shows one instant (UTC), moved on explicitly: the audit log's times become exact.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2025, 1, 2, 1, 30, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Start)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
