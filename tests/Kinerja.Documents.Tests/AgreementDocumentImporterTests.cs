using Kinerja.Documents.Nomenclature;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Tests;

/// <summary>
/// The whole pipeline on the real documents: read, code the budget from the catalogue, check. The findings are the
/// defects a reviewer finds in them (DOMAIN.md §1), and no others; both documents reconcile to the Rupiah.
/// </summary>
public sealed class AgreementDocumentImporterTests
{
    private static readonly AgreementDocumentImporter Importer = new(new AgreementChecker(DefaultNomenclature.Load()));

    private static ImportedDocument Import(string name) => Importer.Import(Samples.Text(name), name);

    private static string CodesOf(ImportedDocument document, int index) =>
        string.Join(' ', document.FindingsOf(document.Agreements[index]).Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void Import_Kalaena_FindsItsKnownDefectsAndNothingElse()
    {
        var document = Import(Samples.Kalaena);
        Assert.False(document.Failed);
        Assert.Equal(FindingCodes.LampiranNamesOtherOfficial, CodesOf(document, 0));
        Assert.Equal(string.Empty, CodesOf(document, 1));
        Assert.Equal(string.Empty, CodesOf(document, 2));
        Assert.Equal(string.Empty, CodesOf(document, 3));
        Assert.Equal(string.Empty, CodesOf(document, 4));
        Assert.Equal(FindingCodes.TargetDiffersInLampiran2, CodesOf(document, 5));
        Assert.Equal($"{FindingCodes.LampiranNamesOtherOfficial} {FindingCodes.UnitContradictsIndicator}", CodesOf(document, 6));
    }

    [Fact]
    public void Import_Mangkutana_FindsItsKnownDefectsAndNothingElse()
    {
        var document = Import(Samples.Mangkutana);
        Assert.False(document.Failed);
        Assert.Equal(string.Empty, CodesOf(document, 0));
        Assert.Equal(FindingCodes.NameSpelledDifferently, CodesOf(document, 1));
        Assert.Equal(FindingCodes.NameSpelledDifferently, CodesOf(document, 2));
        Assert.Equal(string.Empty, CodesOf(document, 3));
        Assert.Equal(string.Empty, CodesOf(document, 4));
        Assert.Equal($"{FindingCodes.LampiranNamesOtherOfficial} {FindingCodes.NipLength}", CodesOf(document, 5));
        Assert.Equal(string.Empty, CodesOf(document, 6));
        Assert.Equal(FindingCodes.SasaranMissing, CodesOf(document, 7));
    }

    [Fact]
    public void Import_CodesTheBudgetFromTheCatalogue()
    {
        var document = Import(Samples.Mangkutana);
        var program = document.Agreements[1].BudgetLines[0];
        Assert.Equal("7.01.01", program.Code);
        Assert.Equal("7.01.01.2.02", document.Agreements[1].BudgetLines[2].Code);
        Assert.Equal("7.01.01.2.02.0001", document.Agreements[7].BudgetLines.Single(b => b.Name == "Penyediaan Gaji dan Tunjangan ASN").Code);
    }

    [Fact]
    public void Import_FindsABudgetThatDoesNotReconcile()
    {
        var text = Samples.Text(Samples.Kalaena).Replace("Rp. 13.198.500", "Rp. 13.198.501", StringComparison.Ordinal);
        var document = Importer.Import(text, "kalaena-diubah.txt");
        var finding = Assert.Single(document.AllFindings, f => f.Code == FindingCodes.BudgetKegiatanNotReconciled);
        Assert.Contains("Rp 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ErrorSeverityOnlyForRealDefects()
    {
        Assert.DoesNotContain(Import(Samples.Kalaena).AllFindings, f => f.Severity == Severity.Error);
        Assert.Contains(Import(Samples.Mangkutana).AllFindings, f => f.Severity == Severity.Error && f.Code == FindingCodes.NipLength);
    }
}
