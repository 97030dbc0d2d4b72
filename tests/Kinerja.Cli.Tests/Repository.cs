namespace Kinerja.Cli.Tests;

/// <summary>Paths the CLI tests use: the samples (see <see cref="RepositoryFolder"/>) and their own Data folder.</summary>
internal static class Repository
{
    public static string Root => RepositoryFolder.Root;

    public static string Sample(string name) => RepositoryFolder.Sample(name);

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
}
