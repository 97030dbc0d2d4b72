namespace Kinerja.Documents.Pdf;

/// <summary>Where Chromium is and how many PDFs may be printed at once.</summary>
public sealed record PdfRendererOptions
{
    /// <summary>
    /// Without these Chromium keeps trying hosts it cannot reach, or fails in containers (no sandbox as root, small
    /// /dev/shm, no GPU).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    /// <summary>The Chromium executable (Debian's package by default).</summary>
    public string ExecutablePath { get; init; } = "/usr/bin/chromium";

    public IReadOnlyList<string> Arguments { get; init; } = DefaultArguments;

    /// <summary>How many pages may print at the same time; further requests wait.</summary>
    public int MaxConcurrency { get; init; } = 2;

    /// <summary>How long launching the browser or printing one document may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
