using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class DuplicateIndicatorRuleTests
{
    [Fact]
    public void Check_SameIndicatorTwiceUnderOneSasaran_IsOneWarning()
    {
        var agreement = AgreementBuilder.For()
            .Sasaran("Meningkatnya kualitas pelayanan", ("Indeks Kepuasan Masyarakat", "82 Nilai"), ("indeks kepuasan  masyarakat.", "85 Nilai"))
            .Build();

        var finding = Assert.Single(new DuplicateIndicatorRule().Check(agreement));

        Assert.Equal((Severity.Warning, FindingCodes.DuplicateIndicator), (finding.Severity, finding.Code));
        Assert.Equal("Indikator \"Indeks Kepuasan Masyarakat\" tercantum 2 kali dalam perjanjian ini.", finding.Message);
    }

    [Fact]
    public void Check_SameIndicatorUnderTwoSasaran_IsAWarning_DifferentIndicatorsAreNot()
    {
        var twice = AgreementBuilder.For()
            .Sasaran("Sasaran satu", ("Jumlah laporan evaluasi", "4 Laporan"))
            .Sasaran("Sasaran dua", ("Jumlah Laporan Evaluasi", "4 Laporan"))
            .Build();
        var distinct = AgreementBuilder.For()
            .Sasaran("Sasaran satu", ("Jumlah laporan evaluasi", "4 Laporan"), ("Jumlah laporan keuangan", "12 Laporan"))
            .Build();

        Assert.Equal(FindingCodes.DuplicateIndicator, Assert.Single(new DuplicateIndicatorRule().Check(twice)).Code);
        Assert.Empty(new DuplicateIndicatorRule().Check(distinct));
    }
}
