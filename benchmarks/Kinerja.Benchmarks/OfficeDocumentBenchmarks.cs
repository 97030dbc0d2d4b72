using BenchmarkDotNet.Attributes;
using Kinerja.Documents;
using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Nomenclature;
using Kinerja.Documents.Xlsx;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Rules;

namespace Kinerja.Benchmarks;

/// <summary>
/// Office documents of the Kalaena seed (7 agreements): the DOCX of one PK and of the whole office, the XLSX of the
/// office, and reading them back (DOCX through the text pipeline with every rule; XLSX into agreements).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class OfficeDocumentBenchmarks
{
    private static readonly Kinerja.Documents.Export.Html.PrintOptions Print = Kinerja.Documents.Export.Html.PrintOptions.ForBaseUrl("https://kinerja.example", new DateOnly(2026, 1, 5));

    private IReadOnlyList<Agreement> office = [];
    private Agreement camat = null!;
    private byte[] officeDocx = [];
    private byte[] officeXlsx = [];
    private AgreementDocumentImporter importer = null!;

    [GlobalSetup]
    public void Setup()
    {
        importer = new AgreementDocumentImporter(new AgreementChecker(DefaultNomenclature.Load()));
        office = importer.Import(File.ReadAllText(ImportBenchmarks.SamplePath("pk-2025-kecamatan-kalaena.txt")), "kalaena").Agreements;
        camat = office[0];
        officeDocx = DocxExporter.Write(office, Print);
        officeXlsx = XlsxExporter.Write(office);
    }

    [Benchmark]
    public int DocxOneAgreement() => DocxExporter.Write([camat], Print).Length;

    [Benchmark]
    public int DocxOffice() => DocxExporter.Write(office, Print).Length;

    [Benchmark]
    public int XlsxOffice() => XlsxExporter.Write(office).Length;

    [Benchmark]
    public int ImportDocxOffice() => importer.Import(officeDocx, "kalaena.docx").Agreements.Count;

    /// <summary>The XLSX round trip of an office: export, read back, compare with the stored agreements.</summary>
    [Benchmark]
    public int XlsxRoundTripOffice() => WorkbookComparison.Compare(XlsxImporter.Read(XlsxExporter.Write(office)).Agreements, office).Changes.Count;

    [Benchmark]
    public int ReadXlsxOffice() => XlsxImporter.Read(officeXlsx).Agreements.Count;
}
