using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class UnitRuleTests
{
    [Fact]
    public void Check_JumlahPaketCountedInOrang_IsWarning()
    {
        var agreement = AgreementBuilder.For("KEPALA SUB BAGIAN UMUM DAN KEUANGAN", "SEKRETARIS CAMAT")
            .Sasaran("Tersedianya Bahan Cetakan dan Penggandaan", ("Jumlah Paket Barang Cetakan dan Penggandaan yang disediakan", "4 Orang"))
            .Build();

        var finding = Assert.Single(new UnitRule().Check(agreement));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(FindingCodes.UnitContradictsIndicator, finding.Code);
        Assert.Contains("\"Orang\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jumlah laporan penatausahaan Barang Milik Daerah", "12 Dokumen")]
    [InlineData("Jumlah Paket Mebel yang Disediakan", "2 Unit")]
    [InlineData("Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "25 Orang/bulan")]
    [InlineData("Jumlah Lembaga Kemasyarakatan yang Berpartisipasi", "5 Lembaga Kemasyarakatan")]
    [InlineData("Jumlah Kendaraan Dinas Operasional yang dipelihara", "7 Unit")]
    [InlineData("Jumlah Mebel yang dipelihara", "2 Orang")]
    [InlineData("Persentase realisasi anggaran", "100 %")]
    [InlineData("Persentase realisasi anggaran", "100")]
    [InlineData("Indeks Kepuasan Masyarakat (IKM)", "87,5 Nilai")]
    public void Check_UnitFitsOrCannotBeJudged_IsNoFinding(string indicator, string target)
    {
        var agreement = AgreementBuilder.For().Sasaran("Sasaran", (indicator, target)).Build();

        Assert.Empty(new UnitRule().Check(agreement));
    }

    [Theory]
    [InlineData("Persentase Aset Teradministrasi", "100 Nilai")]
    [InlineData("Presentase penyusunan dokumen tepat waktu", "12 Dokumen")]
    [InlineData("Jumlah Dokumen Perencanaan Perangkat Daerah", "3 Paket")]
    public void Check_UnitOfAnotherFamily_IsWarning(string indicator, string target)
    {
        var agreement = AgreementBuilder.For().Sasaran("Sasaran", (indicator, target)).Build();

        Assert.Equal(FindingCodes.UnitContradictsIndicator, Assert.Single(new UnitRule().Check(agreement)).Code);
    }

    [Theory]
    [InlineData("Jumlah Paket Bahan Logistik", "Paket")]
    [InlineData("Jumlah Lembaga Kemasyarakatan yang ikut", "Lembaga Kemasyarakatan")]
    [InlineData("Persentase layanan", "%")]
    [InlineData("Jumlah Kendaraan", null)]
    [InlineData("Nilai AKIP", null)]
    public void ExpectedUnit_ReadsIndicatorWording(string indicator, string? expected)
    {
        Assert.Equal(expected, UnitRule.ExpectedUnit(indicator));
    }
}
