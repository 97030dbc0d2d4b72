namespace Kinerja.Testing;

/// <summary>The repository the tests run in: found by walking up from the test's output folder to Kinerja.slnx.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    /// <summary>The real PK documents: samples/ at the root.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

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
