using Kinerja.Documents.Text;

namespace Kinerja.Documents.Tests;

/// <summary>The real PK documents kept in the repository's samples/ folder.</summary>
internal static class Samples
{
    public const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    public const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    public static string Folder { get; } = FindFolder();

    /// <summary>How the tests print: verification at https://kinerja.example, printed on 5 Januari 2026.</summary>
    public static Kinerja.Documents.Export.Html.PrintOptions Print { get; } =
        Kinerja.Documents.Export.Html.PrintOptions.ForBaseUrl("https://kinerja.example", new DateOnly(2026, 1, 5));

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
