using Kinerja.Persistence;

namespace Kinerja.Web.Hosting;

/// <summary>
/// Whether the start-up work on the database (migration, set-up link, samples) is done. When the database cannot
/// be reached at start (PostgreSQL down or still starting), the application starts anyway, answers every page with
/// 503 "sedang dalam pemeliharaan" (and <c>/health</c> with 503), and retries with growing pauses until it succeeds.
/// </summary>
public sealed class DatabaseStartup
{
    /// <summary>The pauses between attempts: 1, 2, 4, ... seconds, at most 30.</summary>
    public static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    private volatile bool ready;

    public bool IsReady => ready;

    /// <summary>Attempts made so far, the first included.</summary>
    public int Attempts { get; private set; }

    internal void MarkReady() => ready = true;

    internal void CountAttempt() => Attempts++;

    /// <summary>The database cannot be reached or answered with an error of its own (<see cref="KinerjaDatabase.IsUnavailable"/>).</summary>
    public static bool IsUnavailable(Exception? exception) => KinerjaDatabase.IsUnavailable(exception);

    internal static TimeSpan NextPause(TimeSpan pause) => pause * 2 < LongestPause ? pause * 2 : LongestPause;
}
