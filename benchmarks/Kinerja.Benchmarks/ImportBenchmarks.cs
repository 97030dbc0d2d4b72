using BenchmarkDotNet.Attributes;
using Kinerja.Documents.Text;

namespace Kinerja.Benchmarks;

/// <summary>Reading each real document (the larger, Kalaena, is 186 kB and 2.061 lines).</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string kalaena = string.Empty;
    private string mangkutana = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        kalaena = File.ReadAllText(SamplePath("pk-2025-kecamatan-kalaena.txt"));
        mangkutana = File.ReadAllText(SamplePath("pk-perubahan-2025-kecamatan-mangkutana.txt"));
    }

    [Benchmark]
    public int ReadKalaena() => TextAgreementReader.Read(kalaena, "kalaena").Agreements.Count;

    [Benchmark]
    public int ReadMangkutana() => TextAgreementReader.Read(mangkutana, "mangkutana").Agreements.Count;

    private static string SamplePath(string name)
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
