using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class Lampiran2TargetRuleTests
{
    [Fact]
    public void Check_Lampiran2NumberDiffers_IsWarning()
    {
        var agreement = AgreementBuilder.For("KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "SEKRETARIS CAMAT")
            .Sasaran("Terlaksananya Bimbingan Teknis", ("Jumlah Orang Yang Mengikuti Bimbingan Teknis Implementasi Peraturan Perundang-Undangan", "3 Orang"))
            .Lampiran2Target("Jumlah orang yang mengikuti bimbingan teknis implementasi peraturan perundang-undangan", "4 Orang")
            .Build();

        var finding = Assert.Single(new Lampiran2TargetRule().Check(agreement));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(FindingCodes.TargetDiffersInLampiran2, finding.Code);
        Assert.Contains("(4 Orang)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("(3 Orang)", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jumlah Paket Barang Cetak dan Penggandaan yang disediakan", "4 Paket")]
    [InlineData("Jumlah Paket Barang Cetakan dan Penggandaan yang disediakan.", "4")]
    [InlineData("Jumlah Paket Barang Cetakan dan Penggandaan yang disediakan", "-")]
    [InlineData("Indikator lain sama sekali", "7 Orang")]
    [InlineData("", "7 Orang")]
    public void Check_SameNumberOrNothingToCompare_IsNoFinding(string indicator, string target)
    {
        var agreement = AgreementBuilder.For()
            .Sasaran("Tersedianya Bahan Cetakan", ("Jumlah Paket Barang Cetakan dan Penggandaan yang disediakan", "4 Orang"))
            .Lampiran2Target(indicator, target)
            .Build();

        Assert.Empty(new Lampiran2TargetRule().Check(agreement));
    }

    [Fact]
    public void Check_TrailingZeroDecimal_IsTheSameNumber()
    {
        var agreement = AgreementBuilder.For("CAMAT", "BUPATI")
            .Sasaran("Meningkatnya Kualitas Pelayanan Publik", ("Indeks Kepuasan Masyarakat (IKM)", "87,5 Nilai"))
            .Lampiran2Target("Indeks Kepuasan Masyarakat (IKM)", "87,50")
            .Build();

        Assert.Empty(new Lampiran2TargetRule().Check(agreement));
    }
}
