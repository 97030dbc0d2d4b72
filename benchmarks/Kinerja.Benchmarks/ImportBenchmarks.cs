using BenchmarkDotNet.Attributes;
using Kinerja.Documents;
using Kinerja.Documents.Nomenclature;
using Kinerja.Documents.Text;
using Kinerja.Domain.Rules;

namespace Kinerja.Benchmarks;

/// <summary>
/// Reading each real document (the larger, Kalaena, is 186 kB and 2.061 lines), and the whole import pipeline:
/// read, code the budget from the catalogue, check every rule.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ImportBenchmarks
{
    private string kalaena = string.Empty;
    private string mangkutana = string.Empty;
    private AgreementDocumentImporter importer = null!;

    [GlobalSetup]
    public void Setup()
    {
        kalaena = File.ReadAllText(SamplePath("pk-2025-kecamatan-kalaena.txt"));
        mangkutana = File.ReadAllText(SamplePath("pk-perubahan-2025-kecamatan-mangkutana.txt"));
        importer = new AgreementDocumentImporter(new AgreementChecker(DefaultNomenclature.Load()));
    }

    [Benchmark]
    public int ReadKalaena() => TextAgreementReader.Read(kalaena, "kalaena").Agreements.Count;

    [Benchmark]
    public int ReadMangkutana() => TextAgreementReader.Read(mangkutana, "mangkutana").Agreements.Count;

    [Benchmark]
    public int ImportKalaena() => importer.Import(kalaena, "kalaena").AllFindings.Count();

    [Benchmark]
    public int ImportMangkutana() => importer.Import(mangkutana, "mangkutana").AllFindings.Count();

    internal static string SamplePath(string name)
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
