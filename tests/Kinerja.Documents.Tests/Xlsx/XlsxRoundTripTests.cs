using Kinerja.Documents.Export.Xlsx;
using Kinerja.Documents.Nomenclature;
using Kinerja.Documents.Xlsx;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;
using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Documents.Tests.Xlsx;

/// <summary>
/// The targets-and-budget workbook is its own input template: exported and read back it gives the same agreements;
/// edited, it gives exactly the edits, compared with the stored agreements before anything is saved.
/// </summary>
public sealed class XlsxRoundTripTests
{
    private static readonly AgreementDocumentImporter Importer = new(new AgreementChecker(DefaultNomenclature.Load()));

    private static IReadOnlyList<Agreement> Stored(string seed) => Importer.Import(Samples.Text(seed), seed).Agreements;

    [Theory]
    [InlineData(Samples.Kalaena)]
    [InlineData(Samples.Mangkutana)]
    public void ReadOfExport_Seed_GivesTheSameAgreements(string seed)
    {
        var stored = Stored(seed);

        var result = XlsxImporter.Read(XlsxExporter.Write(stored));

        Assert.Empty(result.Errors);
        Assert.Equal(stored.Count, result.Agreements.Count);
        foreach (var original in stored)
        {
            var again = Assert.Single(result.Agreements, a => a.Key == original.Key);
            Assert.Equal(AgreementSnapshot.Of(original), AgreementSnapshot.Of(again));
            Assert.Equal(original.BudgetLines.Select(b => b.Code), again.BudgetLines.Select(b => b.Code));
        }

        Assert.False(WorkbookComparison.Compare(result.Agreements, stored).HasChanges);
    }

    [Fact]
    public void Export_Anggaran_IsAWholeRupiahNumberShownWithThousandsSeparators()
    {
        var workbook = XlsxExporter.Write(Stored(Samples.Mangkutana));
        var editor = WorkbookEditor.Open(workbook);

        Assert.Contains(editor.Budget, r => r[WorkbookLayout.Amount] is double d && d == 2873283457d);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        Assert.Contains("formatCode=\"#,##0\"", styles.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_EditedWorkbook_ListsExactlyTheEdits()
    {
        var stored = Stored(Samples.Kalaena);
        var editor = WorkbookEditor.Open(XlsxExporter.Write(stored));
        const string camat = "CAMAT KALAENA";
        bool Camat(Dictionary<string, object?> r) => Equals(r[WorkbookLayout.Position], camat);
        editor.Targets.First(r => Camat(r) && Equals(r[WorkbookLayout.Indicator], "Indeks Kepuasan Masyarakat (IKM)"))[WorkbookLayout.Target] = "96";
        editor.Budget.First(r => Camat(r) && Equals(r[WorkbookLayout.Name], "Koordinasi Kegiatan Pemberdayaan Desa"))[WorkbookLayout.Amount] = 120_000_000L;
        editor.Budget.Remove(editor.Budget.First(r => Camat(r) && Equals(r[WorkbookLayout.Name], "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat")));
        var added = new Dictionary<string, object?>(editor.Budget.First(Camat))
        {
            [WorkbookLayout.Number] = "6.",
            [WorkbookLayout.Level] = "Program",
            [WorkbookLayout.Code] = null,
            [WorkbookLayout.Name] = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            [WorkbookLayout.Amount] = "Rp 1.500.000",
        };
        editor.Budget.Insert(editor.Budget.FindLastIndex(Camat) + 1, added);

        var result = XlsxImporter.Read(editor.Save());
        var comparison = WorkbookComparison.Compare(result.Agreements, stored);

        Assert.Empty(result.Errors);
        var changed = Assert.Single(comparison.Changes, c => c.HasChanges);
        Assert.Equal(camat, changed.Imported.FirstParty.Position);
        var diff = changed.Diff!;
        Assert.Empty(diff.PartyChanges);
        var target = Assert.Single(diff.Targets, t => t.Kind != ChangeKind.Unchanged);
        Assert.Equal((95m, 96m), (target.PreviousTarget!.Value, target.CurrentTarget!.Value));
        var lines = diff.BudgetLines.Where(b => b.Kind != ChangeKind.Unchanged).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(new Rupiah(120_000_000 - 112_362_000), Assert.Single(lines, l => l.Kind == ChangeKind.Changed).Difference);
        Assert.Equal(new Rupiah(-11_990_000), Assert.Single(lines, l => l.Kind == ChangeKind.Removed).Difference);
        Assert.Equal(new Rupiah(1_500_000), Assert.Single(lines, l => l.Kind == ChangeKind.Added).Difference);
        Assert.Equal(
            [
                "CAMAT KALAENA: target \"Indeks Kepuasan Masyarakat (IKM)\" berubah dari 95 menjadi 96.",
                "CAMAT KALAENA: anggaran Kegiatan \"Koordinasi Kegiatan Pemberdayaan Desa\" berubah dari Rp 112.362.000 menjadi Rp 120.000.000 (+Rp 7.638.000).",
                "CAMAT KALAENA: Program baru \"Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\" sebesar Rp 1.500.000.",
                "CAMAT KALAENA: Kegiatan \"Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat\" sebesar Rp 11.990.000 dihapus.",
            ],
            comparison.Describe());
    }

    [Fact]
    public void Read_BadCells_NameSheetRowAndColumnAndGiveNoAgreement()
    {
        var editor = WorkbookEditor.Open(XlsxExporter.Write(Stored(Samples.Kalaena)));
        editor.Targets[3][WorkbookLayout.Target] = "abc";
        editor.Budget[5][WorkbookLayout.Amount] = "12x";
        editor.Budget[6][WorkbookLayout.Level] = "Subkegiatan X";

        var result = XlsxImporter.Read(editor.Save());

        Assert.False(result.Succeeded);
        Assert.Empty(result.Agreements);
        Assert.Equal(
            [
                "Target!F5: \"abc\" bukan target yang sah; tulis angka, mis. 70,05.",
                "Anggaran!F7: \"12x\" bukan jumlah Rupiah yang sah.",
                "Anggaran!C8: \"Subkegiatan X\" tidak dikenal; yang diperbolehkan: Program, Kegiatan, Sub Kegiatan.",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_UnknownPositionAndMissingSheet_AreReported()
    {
        var editor = WorkbookEditor.Open(XlsxExporter.Write(Stored(Samples.Mangkutana)));
        editor.Budget[0][WorkbookLayout.Position] = "LURAH";
        var unknown = XlsxImporter.Read(editor.Save());
        editor.Sheets.Remove(WorkbookLayout.TargetSheet);
        var missing = XlsxImporter.Read(editor.Save());

        Assert.Equal("Anggaran!A2: Jabatan \"LURAH\" tidak ada di lembar Perjanjian.", Assert.Single(unknown.Errors).ToString());
        Assert.Equal("Target: Lembar \"Target\" tidak ada dalam buku kerja.", Assert.Single(missing.Errors).ToString());
    }

    [Fact]
    public void Read_NotAWorkbook_FailsWithAMessage()
    {
        var result = XlsxImporter.Read("bukan xlsx"u8.ToArray());

        Assert.False(result.Succeeded);
        Assert.StartsWith("Berkas bukan buku kerja XLSX", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
