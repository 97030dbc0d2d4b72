namespace Kinerja.Documents.Pdf.Tests;

/// <summary>
/// The tools the PDF tests need: Chromium and pdftoppm (poppler-utils). Without them the tests skip with a clear
/// message, unless CI=true: then they fail, so that a CI machine without Chromium cannot pass by skipping.
/// </summary>
internal static class TestEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string PdftoppmPath = "/usr/bin/pdftoppm";

    private static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireChromium() => Require(ChromiumPath, "apt-get install chromium fonts-liberation2");

    public static void RequirePdftoppm() => Require(PdftoppmPath, "apt-get install poppler-utils");

    private static void Require(string path, string install)
    {
        if (File.Exists(path))
            return;
        var message = $"{path} is not installed ({install}).";
        if (IsCi)
            throw new InvalidOperationException(message + " With CI=true the PDF tests fail instead of skipping.");
        Skip.If(true, message);
    }
}
