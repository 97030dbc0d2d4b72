using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class CompletenessRuleTests
{
    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("- (Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan)")]
    [InlineData("(Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan)")]
    public void Check_SasaranNotStated_IsSasaranError(string sasaran)
    {
        var agreement = AgreementBuilder.For()
            .Sasaran(sasaran, ("Tersedianya bahan Bacaan dan Peraturan Perundang-Undangan", "48 Jenis"))
            .Build();

        var finding = Assert.Single(new CompletenessRule().Check(agreement));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(FindingCodes.SasaranMissing, finding.Code);
        Assert.Contains("Tersedianya bahan Bacaan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AgreementWithoutSasaran_IsAnError_TheSubmitRefusalsReason()
    {
        var agreement = AgreementBuilder.For().Build();

        var finding = Assert.Single(new CompletenessRule().Check(agreement));

        Assert.Equal((Severity.Error, FindingCodes.AgreementEmpty, Messages.AgreementHasNoSasaran), (finding.Severity, finding.Code, finding.Message));
        Assert.Equal([finding.Message], agreement.Submit().Errors);
    }

    [Fact]
    public void Check_SasaranWithoutIndicator_IsIndicatorError()
    {
        var agreement = AgreementBuilder.For().Sasaran("Terlaksananya Evaluasi Kinerja Perangkat Daerah").Build();

        Assert.Equal(FindingCodes.IndicatorMissing, Assert.Single(new CompletenessRule().Check(agreement)).Code);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("Sesuai Renstra")]
    public void Check_IndicatorWithoutNumber_IsTargetError(string target)
    {
        var agreement = AgreementBuilder.For().Sasaran("Terlaksananya Evaluasi", ("Jumlah Laporan Evaluasi Kinerja", target)).Build();

        Assert.Equal(FindingCodes.TargetMissing, Assert.Single(new CompletenessRule().Check(agreement)).Code);
    }

    [Fact]
    public void Check_CompleteSasaran_IsNoFinding()
    {
        var agreement = AgreementBuilder.For()
            .Sasaran("Tersedianya Mebel (Pengadaan Mebel)", ("Jumlah Paket Mebel yang Disediakan", "2 Unit"))
            .Build();

        Assert.Empty(new CompletenessRule().Check(agreement));
    }
}
