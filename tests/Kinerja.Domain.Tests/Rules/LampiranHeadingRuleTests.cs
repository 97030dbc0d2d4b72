using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class LampiranHeadingRuleTests
{
    [Theory]
    [InlineData("CAMAT KALAENA", "Kecamatan Kalaena", "SEKRETARIS CAMAT KALAENA")]
    [InlineData("KEPALA SEKSI PELAYANAN PUBLIK", "Kecamatan Mangkutana", "KEPALA SEKSI PELAYANAN UMUM")]
    public void Check_HeadingNamesAnotherOfficial_IsWarning(string position, string office, string heading)
    {
        var agreement = AgreementBuilder.For(position).InOffice(office).Heading("LAMPIRAN 2", heading).Build();

        var finding = Assert.Single(new LampiranHeadingRule().Check(agreement));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(FindingCodes.LampiranNamesOtherOfficial, finding.Code);
        Assert.Contains(heading, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DAN DESA", "Kecamatan Mangkutana", "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DESA")]
    [InlineData("KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "Kecamatan Mangkutana", "SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN")]
    [InlineData("SEKRETARIS CAMAT", "Kecamatan Mangkutana", "SEKRETARIS CAMAT")]
    [InlineData("SEKRETARIS CAMAT", "Kecamatan Mangkutana", "SEKRETARIS CAMAT KANTOR KECAMATAN MANGKUTANA")]
    [InlineData("CAMAT KALAENA", "Kecamatan Kalaena", "CAMAT KALAENA")]
    [InlineData("KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", "Kecamatan Mangkutana", "KEPALA SEKSI KETENTERAMAN DAN KETERTIBAN UMUM")]
    [InlineData("Plt. CAMAT", "Kecamatan Mangkutana", "CAMAT MANGKUTANA")]
    [InlineData("CAMAT", "Kecamatan Mangkutana", "KANTOR KECAMATAN MANGKUTANA")]
    public void Check_HeadingNamesOwnOfficial_IsNoFinding(string position, string office, string heading)
    {
        var agreement = AgreementBuilder.For(position).InOffice(office).Heading("LAMPIRAN 2", heading).Build();

        Assert.Empty(new LampiranHeadingRule().Check(agreement));
    }

    [Fact]
    public void NamesSameOfficial_DifferentSection_IsFalse()
    {
        Assert.False(LampiranHeadingRule.NamesSameOfficial("KEPALA SEKSI PEMERINTAHAN UMUM", "KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DESA"));
    }
}
