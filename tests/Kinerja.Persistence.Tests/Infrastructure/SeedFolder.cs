namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>The repository's samples/ folder: the two real PK documents.</summary>
internal static class SeedFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Kinerja.slnx")))
                return System.IO.Path.Combine(dir.FullName, "samples");
        }

        throw new InvalidOperationException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
