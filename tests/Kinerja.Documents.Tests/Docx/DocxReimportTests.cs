using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Tests.Docx;

/// <summary>
/// Kinerja's own DOCX imported again is the same content: the re-import verdict on each agreement against the one
/// stored from the text (even published) is "sudah ada, tidak berubah", not a refusal for "isi yang berbeda".
/// </summary>
public sealed class DocxReimportTests
{
    private static readonly AgreementDocumentImporter Importer = new(new AgreementChecker(DefaultNomenclature.Load()));

    /// <summary>Every sample PK in samples/ (Mangkutana's Lampiran 2 has indicator rows with an empty "Indikator" cell).</summary>
    public static TheoryData<string> AllSamples() => new(SampleNames());

    private static IEnumerable<string> SampleNames() =>
        Directory.GetFiles(Samples.Folder, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Fact]
    public void AllSamples_IncludeBothSeeds()
    {
        var names = SampleNames().ToList();
        Assert.Contains(Samples.Kalaena, names);
        Assert.Contains(Samples.Mangkutana, names);
    }

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Reimport_ExportedDocxOfStoredAgreements_IsUnchanged(string seed)
    {
        var stored = Importer.Import(Samples.Text(seed), seed).Agreements;
        var docx = DocxExporter.Write(stored, Samples.Print);

        var again = Importer.Import(docx, "pk.docx");

        Assert.Null(again.Failure);
        Assert.Equal(stored.Count, again.Agreements.Count);
        foreach (var original in stored)
        {
            var incoming = Assert.Single(again.Agreements, a => a.Key == original.Key);
            var verdict = ReimportRule.Decide(incoming, Published(original));
            Assert.Equal(ImportOutcome.Unchanged, verdict.Outcome);
            Assert.Equal("sudah ada, tidak berubah", verdict.Message);
        }
    }

    /// <summary>Stored by the earlier import and published since: a different content would be refused.</summary>
    private static StoredAgreementFacts Published(Agreement agreement)
    {
        var fingerprint = AgreementFingerprint.Compute(agreement);
        Assert.True(agreement.Publish().Success);
        return new StoredAgreementFacts(agreement, fingerprint, HasEvidence: false, HasReviewNotes: false, HasEvaluations: false);
    }
}
