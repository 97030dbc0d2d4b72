using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Nomenclature;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

/// <summary>Lines whose code the catalogue does not know are reconciled by the document's own hierarchy, never re-coded.</summary>
public class BudgetHierarchyTests
{
    private const string Pelayanan = "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK";
    private const string Dilimpahkan = "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat";
    private const string Pemberdayaan = "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN";

    private static List<AgreementFinding> Check(params Agreement[] agreements) =>
        new BudgetReconciliationRule(TestCatalogue.Kecamatan()).Check(agreements).ToList();

    private static AgreementBuilder Camat() => AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR");

    [Fact]
    public void Check_KegiatanWithACodeNotInTheCatalogue_CountsForItsProgramAndIsAWarning()
    {
        var agreement = Camat()
            .Budget(BudgetLevel.Program, Pelayanan, 250_000_000, "7.01.02")
            .Budget(BudgetLevel.Kegiatan, Dilimpahkan, 150_000_000, "7.01.02.2.04")
            .Budget(BudgetLevel.Kegiatan, "Pelayanan Administrasi Terpadu Kecamatan", 100_000_000, "7.01.02.2.09")
            .Build();

        var findings = Check(agreement);

        var finding = Assert.Single(findings);
        Assert.Equal((Severity.Warning, FindingCodes.BudgetCodeUnknown), (finding.Finding.Severity, finding.Finding.Code));
        Assert.Equal(
            "Kode 7.01.02.2.09 pada \"Pelayanan Administrasi Terpadu Kecamatan\" tidak ada dalam katalog nomenklatur; baris ini direkonsiliasi menurut susunan tabel anggaran dokumen.",
            finding.Finding.Message);
    }

    [Fact]
    public void Check_KegiatanWithACodeNotInTheCatalogueOverItsSubKegiatan_IsReported()
    {
        var agreement = Camat()
            .Budget(BudgetLevel.Program, Pelayanan, 100_000_000, "7.01.02")
            .Budget(BudgetLevel.Kegiatan, "Pelayanan Administrasi Terpadu Kecamatan", 100_000_000, "7.01.02.2.09")
            .Budget(BudgetLevel.SubKegiatan, "Penyelenggaraan PATEN", 90_000_000, "7.01.02.2.09.0001")
            .Build();

        var errors = Check(agreement).Where(f => f.Finding.Severity == Severity.Error).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(FindingCodes.BudgetKegiatanNotReconciled, error.Finding.Code);
        Assert.Equal(
            "Anggaran kegiatan \"Pelayanan Administrasi Terpadu Kecamatan\" Rp 100.000.000 tidak sama dengan jumlah sub kegiatannya Rp 90.000.000 (selisih Rp 10.000.000).",
            error.Finding.Message);
    }

    [Fact]
    public void Check_ProgramWithAnUnknownCodeAndAKnownName_IsNotMergedIntoThatProgramButSuggested()
    {
        var agreement = Camat()
            .Budget(BudgetLevel.Program, Pelayanan, 150_000_000, "7.01.02")
            .Budget(BudgetLevel.Program, Pelayanan, 150_000_000, "7.01.09")
            .Budget(BudgetLevel.Program, Pemberdayaan, 75_500_000, "7.01.03")
            .Build();

        var finding = Assert.Single(Check(agreement));
        var budget = OfficeBudget.Of(TestCatalogue.Kecamatan(), [agreement]);

        Assert.Equal(new Rupiah(375_500_000), agreement.BudgetTotal);
        Assert.Equal(agreement.BudgetTotal, budget.Total);
        Assert.Equal(3, budget.Roots.Count);
        Assert.Equal("7.01.09", agreement.BudgetLines[1].Code);
        Assert.Equal((Severity.Warning, FindingCodes.BudgetCodeUnknown), (finding.Finding.Severity, finding.Finding.Code));
        Assert.Contains("Namanya sesuai dengan program 7.01.02", finding.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SubKegiatanWithoutCodeUnderAKegiatanOfUnknownCode_CountsForIt()
    {
        var agreement = Camat()
            .Budget(BudgetLevel.Kegiatan, "Pelayanan Administrasi Terpadu Kecamatan", 100_000_000, "7.01.02.2.09")
            .SubKegiatan("Penyelenggaraan PATEN", 60_000_000)
            .SubKegiatan("Pengelolaan Pengaduan Masyarakat", 40_000_000)
            .Build();

        var findings = Check(agreement);

        Assert.DoesNotContain(findings, f => f.Finding.Severity == Severity.Error);
        Assert.Equal(
            [FindingCodes.BudgetCodeUnknown, FindingCodes.BudgetLineUnknown, FindingCodes.BudgetLineUnknown],
            findings.Select(f => f.Finding.Code));
    }

    [Fact]
    public void Check_PenunjangProgramOfAnotherBidang_IsTheTemplateWrittenOutForIt()
    {
        var catalogue = new NomenclatureCatalogue(
        [
            new("1.02.02", BudgetLevel.Program, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", null),
            new("X.XX.01", BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", null),
            new("X.XX.01.2.02", BudgetLevel.Kegiatan, "Administrasi Keuangan Perangkat Daerah", "X.XX.01"),
            new("X.XX.01.2.02.0001", BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", "X.XX.01.2.02"),
        ]);
        var dinas = AgreementBuilder.For("KEPALA DINAS KESEHATAN", "BUPATI LUWU TIMUR").InOffice("Dinas Kesehatan")
            .Program("PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 10)
            .Program("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 100)
            .Kegiatan("Administrasi Keuangan Perangkat Daerah", 100)
            .SubKegiatan("Penyediaan Gaji dan Tunjangan ASN", 90)
            .Build();

        var budget = OfficeBudget.Of(catalogue, [dinas]);
        var findings = new BudgetReconciliationRule(catalogue).Check([dinas]).ToList();

        Assert.Equal(["1.02.02", "1.02.01"], budget.Roots.Select(r => r.Entry.Code));
        Assert.Equal("1.02.01.2.02.0001", budget.Roots[1].Children[0].Children[0].Entry.Code);
        Assert.Equal("Penyediaan Gaji dan Tunjangan ASN", catalogue.FindByCode("1.02.01.2.02.0001")?.Name);
        Assert.DoesNotContain(catalogue.Entries, e => e.Code!.StartsWith("X.", StringComparison.Ordinal));
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCodes.BudgetKegiatanNotReconciled, finding.Finding.Code);
    }
}
