using Kinerja.Documents.Text;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Pdf.Tests;

/// <summary>The real PK documents kept in the repository's samples/ folder, read afresh on every call.</summary>
internal static class Seeds
{
    public const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    public const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    public static string RepositoryRoot { get; } = FindRoot();

    public static IReadOnlyList<Agreement> Read(string name)
    {
        var read = TextAgreementReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot, "samples", name)), name);
        return read.Agreements;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Kinerja.slnx not found above " + AppContext.BaseDirectory);
    }
}
