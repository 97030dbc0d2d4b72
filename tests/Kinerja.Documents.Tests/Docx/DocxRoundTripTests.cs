using Kinerja.Documents.Export.Docx;
using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Tests.Docx;

/// <summary>
/// Seed text → read → DOCX → read the DOCX back: the same agreements (parties, place, date, kind, every sasaran,
/// indicator, target and budget line) and the same findings as importing the text.
/// </summary>
public sealed class DocxRoundTripTests
{
    private static readonly AgreementDocumentImporter Importer = new(new AgreementChecker(DefaultNomenclature.Load()));

    [Theory]
    [InlineData(Samples.Kalaena)]
    [InlineData(Samples.Mangkutana)]
    public void ImportOfExport_Seed_GivesTheSameAgreementsAndFindings(string seed)
    {
        var fromText = Importer.Import(Samples.Text(seed), seed);
        var docx = DocxExporter.Write(fromText.Agreements, Samples.Print);

        var fromDocx = Importer.Import(docx, "pk.docx");

        Assert.Null(fromDocx.Failure);
        Assert.Equal(fromText.Agreements.Count, fromDocx.Agreements.Count);
        foreach (var original in fromText.Agreements)
        {
            var again = Assert.Single(fromDocx.Agreements, a => a.Key == original.Key);
            Assert.Equal(AgreementSnapshot.Of(original), AgreementSnapshot.Of(again));
            Assert.Equal(Codes(fromText, original), Codes(fromDocx, again));
        }
    }

    private static string Codes(ImportedDocument document, Domain.Agreements.Agreement agreement) =>
        string.Join(' ', document.FindingsOf(agreement).Select(f => f.Code).Order(StringComparer.Ordinal));
}
