using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class BudgetReconciliationRuleTests
{
    private const string PemberdayaanProgram = "Program Pemberdayaan Masyarakat Desa dan Kelurahan";
    private const string PemberdayaanKegiatan = "Koordinasi Kegiatan Pemberdayaan Desa";
    private const string Partisipasi = "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa";
    private const string Efektifitas = "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan";
    private const string PembinaanProgram = "Program Pembinaan dan Pengawasan Pemerintahan Desa";
    private const string PembinaanKegiatan = "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa";
    private const string Kawasan = "Koordinasi Pelaksanaan Pembangunan Kawasan Pedesaan di Wilayah Kecamatan";
    private const string Perdes = "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa";
    private const string PemumProgram = "Program Penyelenggaraan Urusan Pemerintahan Umum";
    private const string PemumKegiatan = "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah";
    private const string Forkopimcam = "Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan";

    /// <summary>Kalaena: the Camat lists programs and kegiatan; the sub kegiatan of one kegiatan sit in two Kasi's agreements.</summary>
    private static List<Agreement> Kalaena(long efektifitas = 97_218_000) =>
    [
        AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR")
            .Program(PemberdayaanProgram, 112_362_000).Kegiatan(PemberdayaanKegiatan, 112_362_000)
            .Program(PemumProgram, 23_672_500).Kegiatan(PemumKegiatan, 23_672_500)
            .Program(PembinaanProgram, 21_499_500).Kegiatan(PembinaanKegiatan, 21_499_500)
            .Build(),
        AgreementBuilder.For("KEPALA SEKSI PELAYANAN UMUM")
            .SubKegiatan(Partisipasi, 15_144_000).SubKegiatan(Efektifitas, efektifitas).SubKegiatan(Kawasan, 10_043_000)
            .Build(),
        AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM")
            .SubKegiatan(Forkopimcam, 23_672_500).SubKegiatan(Perdes, 11_456_500)
            .Build(),
    ];

    /// <summary>Mangkutana: the Camat lists programs only; a Kasi lists two kegiatan and their sub kegiatan, another a sub kegiatan of one of them.</summary>
    private static List<Agreement> Mangkutana(long partisipasi = 12_241_800) =>
    [
        AgreementBuilder.For("CAMAT", "BUPATI").InOffice("Kecamatan Mangkutana")
            .Program("PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 68_188_400)
            .Program("PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM", 27_348_100)
            .Program("PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", 14_221_800)
            .Build(),
        AgreementBuilder.For("KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN DESA", "CAMAT").InOffice("Kecamatan Kecamatan Mangkutana")
            .Kegiatan(PemberdayaanKegiatan, 68_188_400).Kegiatan(PembinaanKegiatan, 14_221_800)
            .SubKegiatan(Partisipasi, partisipasi).SubKegiatan(Efektifitas, 55_946_600)
            .SubKegiatan("Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di Wilayah Kecamatan", 7_980_900)
            .Build(),
        AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM", "CAMAT").InOffice("Kecamatan Mangkutana")
            .Kegiatan(PemumKegiatan, 27_348_100)
            .SubKegiatan(Forkopimcam, 27_348_100).SubKegiatan(Perdes, 6_240_900)
            .Build(),
    ];

    private static List<AgreementFinding> Check(IReadOnlyList<Agreement> agreements) =>
        new BudgetReconciliationRule(TestCatalogue.Kecamatan()).Check(agreements).ToList();

    [Fact]
    public void Check_KalaenaCrossAgreementStructure_IsNoFinding()
    {
        Assert.Empty(Check(Kalaena()));
    }

    [Fact]
    public void Check_MangkutanaCrossAgreementStructure_IsNoFinding()
    {
        Assert.Empty(Check(Mangkutana()));
    }

    [Fact]
    public void Check_BothOfficesTogether_AreReconciledSeparately()
    {
        Assert.Empty(Check([.. Kalaena(), .. Mangkutana()]));
    }

    [Fact]
    public void Check_KalaenaSubKegiatanOneRupiahOff_IsExactlyOneFindingOnCamat()
    {
        var agreements = Kalaena(efektifitas: 97_218_001);

        var finding = Assert.Single(Check(agreements));

        Assert.Equal(agreements[0].Id, finding.AgreementId);
        Assert.Equal(Severity.Error, finding.Finding.Severity);
        Assert.Equal(FindingCodes.BudgetKegiatanNotReconciled, finding.Finding.Code);
        Assert.Contains("Rp 112.362.000", finding.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("Rp 112.362.001", finding.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("selisih Rp 1)", finding.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MangkutanaSubKegiatanOneRupiahOver_IsExactlyOneFinding()
    {
        var agreements = Mangkutana(partisipasi: 12_241_801);

        var finding = Assert.Single(Check(agreements));

        Assert.Equal(agreements[1].Id, finding.AgreementId);
        Assert.Equal(FindingCodes.BudgetKegiatanExceeded, finding.Finding.Code);
    }

    [Fact]
    public void Check_MangkutanaSubKegiatanOneRupiahUnder_IsExactlyOneFinding()
    {
        var agreements = Mangkutana(partisipasi: 12_241_799);

        var finding = Assert.Single(Check(agreements));

        Assert.Equal(FindingCodes.BudgetKegiatanNotReconciled, finding.Finding.Code);
    }

    [Fact]
    public void Check_ProgramNotSumOfItsKegiatanInOneAgreement_IsProgramFinding()
    {
        var agreement = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR")
            .Program(PemberdayaanProgram, 112_362_000).Kegiatan(PemberdayaanKegiatan, 112_000_000)
            .Build();

        var finding = Assert.Single(Check([agreement]));

        Assert.Equal(FindingCodes.BudgetProgramNotReconciled, finding.Finding.Code);
        Assert.Contains("selisih Rp 362.000", finding.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameKegiatanWithTwoAmounts_IsDisagreementOnTheOddOne()
    {
        var camat = AgreementBuilder.For("CAMAT", "BUPATI").InOffice("Kecamatan Mangkutana")
            .Kegiatan(PemumKegiatan, 27_348_100).Build();
        var kasi = AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM", "CAMAT").InOffice("Kecamatan Mangkutana")
            .Kegiatan(PemumKegiatan, 27_348_100).Build();
        var other = AgreementBuilder.For("SEKRETARIS CAMAT", "CAMAT").InOffice("Kecamatan Mangkutana")
            .Kegiatan(PemumKegiatan, 27_348_000).Build();

        var finding = Assert.Single(Check([camat, kasi, other]));

        Assert.Equal(other.Id, finding.AgreementId);
        Assert.Equal(FindingCodes.BudgetAmountsDisagree, finding.Finding.Code);
    }

    [Fact]
    public void Check_SubKegiatanListedTwice_CountsOnce()
    {
        var camat = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR").Kegiatan(PemumKegiatan, 23_672_500).Build();
        var kasi = AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM").SubKegiatan(Forkopimcam, 23_672_500).Build();
        var sekcam = AgreementBuilder.For("SEKRETARIS CAMAT").SubKegiatan(Forkopimcam, 23_672_500).Build();

        Assert.Empty(Check([camat, kasi, sekcam]));
    }

    [Fact]
    public void Check_UnknownLine_IsInfoAndNotDropped()
    {
        var agreement = AgreementBuilder.For().SubKegiatan("Pembangunan Jalan Usaha Tani", 5_000_000).Build();

        var finding = Assert.Single(Check([agreement]));

        Assert.Equal(Severity.Info, finding.Finding.Severity);
        Assert.Equal(FindingCodes.BudgetLineUnknown, finding.Finding.Code);
    }

    [Fact]
    public void Check_SupersededAgreement_IsLeftOutOfOfficeReconciliation()
    {
        var awal = AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM").SubKegiatan(Forkopimcam, 20_000_000).Build();
        var perubahan = AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM").OfKind(AgreementKind.Perubahan).SubKegiatan(Forkopimcam, 23_672_500).Build();
        var camat = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR").OfKind(AgreementKind.Perubahan).Kegiatan(PemumKegiatan, 23_672_500).Build();

        Assert.Empty(Check([awal, perubahan, camat]));
    }

    [Fact]
    public void Check_LineWithCode_IsResolvedByCode()
    {
        var camat = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR")
            .Budget(BudgetLevel.Kegiatan, "Kegiatan dengan nama tercetak lain", 23_672_500, "7.01.05.2.01").Build();
        var kasi = AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM").SubKegiatan(Forkopimcam, 23_672_000).Build();

        Assert.Equal(FindingCodes.BudgetKegiatanNotReconciled, Assert.Single(Check([camat, kasi])).Finding.Code);
    }
}
