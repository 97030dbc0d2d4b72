using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class SuperiorRuleTests
{
    [Fact]
    public void Check_KasubagSignedWithCamat_IsError()
    {
        var agreement = AgreementBuilder.For("KEPALA SUB BAGIAN UMUM DAN KEUANGAN", "CAMAT KALAENA").Build();

        var finding = Assert.Single(new SuperiorRule(PositionHierarchy.Kecamatan).Check(agreement));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(FindingCodes.SecondPartyNotSuperior, finding.Code);
        Assert.Contains("SEKRETARIS CAMAT", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CAMAT KALAENA", "BUPATI LUWU TIMUR")]
    [InlineData("CAMAT", "BUPATI")]
    [InlineData("SEKRETARIS CAMAT", "CAMAT KALAENA")]
    [InlineData("KEPALA SEKSI PELAYANAN PUBLIK", "CAMAT")]
    [InlineData("KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "SEKRETARIS CAMAT")]
    [InlineData("LURAH SUMBER AGUNG", "CAMAT")]
    public void Check_DirectSuperiorOrUnknownPosition_IsNoFinding(string position, string superior)
    {
        var agreement = AgreementBuilder.For(position, superior).Build();

        Assert.Empty(new SuperiorRule(PositionHierarchy.Kecamatan).Check(agreement));
    }
}
