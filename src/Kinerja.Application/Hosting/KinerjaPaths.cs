namespace Kinerja.Application.Hosting;

/// <summary>
/// Where Kinerja keeps its files when nothing is configured: the repository root (the folder holding
/// <c>Kinerja.slnx</c> above the start folder, or the <c>KINERJA_ROOT</c> environment variable, as the
/// <c>./kinerja</c> script sets it), with <c>data/</c> for the SQLite file and <c>samples/</c> for the sample
/// documents. A deployment without the repository uses the start folder itself.
/// </summary>
public static class KinerjaPaths
{
    public const string RootVariable = "KINERJA_ROOT";
    private const string SolutionFile = "Kinerja.slnx";

    /// <summary>The root for <paramref name="startDirectory"/> (e.g. the web host's content root).</summary>
    public static string Root(string startDirectory)
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } configured)
            return Path.GetFullPath(configured);

        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                return directory.FullName;
        }

        return Path.GetFullPath(startDirectory);
    }

    /// <summary>The sample documents imported into an empty database: <c>samples/</c> under the root.</summary>
    public static string Samples(string root) => Path.Combine(root, "samples");
}
