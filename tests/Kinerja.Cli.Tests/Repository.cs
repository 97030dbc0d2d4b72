namespace Kinerja.Cli.Tests;

/// <summary>Paths in the repository: found by walking up from the test's output folder to Kinerja.slnx.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kinerja.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Kinerja.slnx not found above " + AppContext.BaseDirectory);
    }
}
