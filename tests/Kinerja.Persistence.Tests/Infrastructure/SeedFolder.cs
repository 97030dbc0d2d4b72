namespace Kinerja.Persistence.Tests.Infrastructure;

/// <summary>The repository's samples/ folder: the two real PK documents.</summary>
internal static class SeedFolder
{
    public static string Path => RepositoryFolder.Samples;
}
