namespace Kinerja.Testing;

/// <summary>
/// Debian's Chromium for browser tests: <c>/usr/bin/chromium</c>, or the path in <c>KINERJA_CHROMIUM</c>. Without it
/// a test skips with a clear message, unless CI=true: then it fails, so that CI cannot pass by skipping.
/// </summary>
public static class Chromium
{
    private const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("KINERJA_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling SkippableFact when Chromium is absent locally; throws under CI=true.</summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
            return;
        var message = $"Chromium not found at {ExecutablePath} (apt-get install chromium)";
        if (IsCi)
            throw new InvalidOperationException(message + ": with CI=true the browser tests fail instead of skipping.");
        Skip.If(true, message + ": browser test skipped.");
    }
}
