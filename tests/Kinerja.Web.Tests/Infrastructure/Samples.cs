namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>The real PK documents in the repository's samples/ folder.</summary>
public static class Samples
{
    public const string Kalaena = "pk-2025-kecamatan-kalaena.txt";
    public const string Mangkutana = "pk-perubahan-2025-kecamatan-mangkutana.txt";

    public static string PathOf(string name) => RepositoryFolder.Sample(name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
