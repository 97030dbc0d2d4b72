using System.Globalization;

namespace Kinerja.Documents.Pdf.Tests;

/// <summary>The Chromium browser processes this test process started (through the Playwright driver), from /proc.</summary>
internal static class BrowserProcesses
{
    /// <summary>The main browser processes (a Chromium whose parent is not a Chromium) descending from this process.</summary>
    public static IReadOnlyList<int> MainBrowsers()
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                names[pid] = stat[(stat.IndexOf('(') + 1)..close];
                parents[pid] = int.Parse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        var self = Environment.ProcessId;
        bool Descends(int pid)
        {
            for (var depth = 0; depth < 32 && parents.TryGetValue(pid, out var parent); depth++)
            {
                if (parent == self)
                    return true;
                pid = parent;
            }

            return false;
        }

        bool IsChromium(int pid) => names.TryGetValue(pid, out var name) && name.StartsWith("chrom", StringComparison.Ordinal);

        return names.Keys.Where(pid => IsChromium(pid) && !IsChromium(parents[pid]) && Descends(pid)).ToList();
    }
}
