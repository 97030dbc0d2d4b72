using Kinerja.Documents.Text;

namespace Kinerja.Documents.Tests;

/// <summary>The real PK documents kept in the repository's samples/ folder.</summary>
internal static class Samples
{
    public const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    public const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    public static string Folder { get; } = FindFolder();

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static ReadResult Read(string name) => TextAgreementReader.Read(Text(name), name);

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx")))
                return Path.Combine(dir.FullName, "samples");
        }

        throw new InvalidOperationException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
