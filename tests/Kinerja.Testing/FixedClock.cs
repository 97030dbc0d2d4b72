namespace Kinerja.Testing;

/// <summary>A clock that shows one instant (UTC), moved on explicitly: the audit log's times and the day-dependent rules become exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2025, 1, 2, 1, 30, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Start)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

