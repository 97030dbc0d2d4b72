using Kinerja.Documents.Text;
using Kinerja.Domain.Agreements;

namespace Kinerja.Benchmarks;

/// <summary>The real PK documents of the repository's samples/ folder.</summary>
internal static class SeedFiles
{
    public const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    public const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    public static IReadOnlyList<Agreement> Read(string name) =>
        TextAgreementReader.Read(File.ReadAllText(PathOf(name)), name).Agreements;

    private static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", name);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("samples/ not found above " + AppContext.BaseDirectory, name);
    }
}
