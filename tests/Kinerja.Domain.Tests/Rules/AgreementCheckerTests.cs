using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class AgreementCheckerTests
{
    [Fact]
    public void Check_EveryAgreement_HasAnEntry()
    {
        var clean = AgreementBuilder.For().Sasaran("Terlaksananya Pelayanan", ("Jumlah Dokumen Non Perizinan Usaha", "12 Dokumen")).Build();
        var faulty = AgreementBuilder.For("KEPALA SUB BAGIAN UMUM DAN KEUANGAN", "CAMAT KALAENA")
            .Sasaran("Terlaksananya Administrasi Keuangan", ("Jumlah Laporan Keuangan", "12 Laporan")).Build();

        var findings = new AgreementChecker(TestCatalogue.Kecamatan()).Check([clean, faulty]);

        Assert.Equal(2, findings.Count);
        Assert.Empty(findings[clean.Id]);
        Assert.Equal(FindingCodes.SecondPartyNotSuperior, Assert.Single(findings[faulty.Id]).Code);
    }

    [Fact]
    public void Check_SetFindings_AreAttachedToTheirAgreement()
    {
        var camat = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR")
            .Sasaran("Meningkatnya Kualitas Pelayanan", ("Indeks Kepuasan Masyarakat", "82 Nilai"))
            .Kegiatan("Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", 23_672_500).Build();
        var kasi = AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM")
            .Sasaran("Terlaksananya Forum Koordinasi", ("Jumlah Rapat Koordinasi", "12 Kali"))
            .SubKegiatan("Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan", 23_672_499).Build();

        var findings = new AgreementChecker(TestCatalogue.Kecamatan()).Check([camat, kasi]);

        Assert.Equal(Severity.Error, Assert.Single(findings[camat.Id]).Severity);
        Assert.Empty(findings[kasi.Id]);
    }

    [Fact]
    public void AssignCodes_KnownNames_GetCodesAndUnknownCodesStayNull()
    {
        var agreement = AgreementBuilder.For()
            .Kegiatan("Koordinasi Kegiatan Pemberdayaan Desa", 1)
            .SubKegiatan("Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa", 1)
            .SubKegiatan("Pembangunan Jalan Usaha Tani", 1)
            .Budget(BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", 1, "9.99.99.2.99.9999")
            .Build();
        var checker = new AgreementChecker(TestCatalogue.Kecamatan());

        checker.AssignCodes([agreement]);

        Assert.Equal("7.01.03.2.01", agreement.BudgetLines[0].Code);
        Assert.Null(agreement.BudgetLines[1].Code);
        Assert.Equal("7.01.06.2.01", checker.Catalogue.ParentOf(checker.EntryOf(agreement.BudgetLines[1])!)?.Code);
        Assert.Null(agreement.BudgetLines[2].Code);
        Assert.Equal("9.99.99.2.99.9999", agreement.BudgetLines[3].Code);
    }

    [Fact]
    public void Constructor_WithoutHierarchy_UsesKecamatanDefault()
    {
        Assert.Same(PositionHierarchy.Kecamatan, new AgreementChecker(TestCatalogue.Kecamatan()).Hierarchy);
    }
}
