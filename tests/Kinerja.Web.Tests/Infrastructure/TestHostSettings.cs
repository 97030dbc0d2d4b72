using System.Runtime.CompilerServices;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>Settings every host the tests start shares, applied once when the test assembly loads.</summary>
internal static class TestHostSettings
{
    /// <summary>
    /// File providers poll instead of holding an inotify instance each: the tests start well over a hundred hosts,
    /// and Debian allows 128 inotify instances per user, so the web tests ran out of them ("The configured user
    /// limit (128) on the number of inotify instances has been reached") once their number grew. Nor do the hosts
    /// watch appsettings*.json for changes.
    /// </summary>
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
