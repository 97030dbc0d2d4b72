using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class NameSpellingRuleTests
{
    private const string Samuel = "197911122006041008";
    private const string William = "197703172010011008";

    [Fact]
    public void Check_SamuelShortAndFull_WarnsOnAgreementOfVariant()
    {
        var sekcam = AgreementBuilder.For("SEKRETARIS CAMAT", "CAMAT").InOffice("Kecamatan Mangkutana")
            .First("SAMUEL N, SIP", Samuel)
            .Signature(PartyRole.First, "SAMUEL N, SIP", Samuel)
            .Signature(PartyRole.First, "(SAMUEL NASRANI, S.IP)")
            .Build();
        var kasubag = AgreementBuilder.For("KEPALA SUB BAGIAN PERENCANAAN DAN KEPEGAWAIAN", "SEKRETARIS CAMAT").InOffice("Kecamatan Mangkutana")
            .First("MERI, S.PI", "197810052008012019")
            .Second("SAMUEL N, SIP", Samuel)
            .Signature(PartyRole.Second, "SAMUEL N. SIP", Samuel)
            .Build();

        var finding = Assert.Single(new NameSpellingRule().Check([sekcam, kasubag]));

        Assert.Equal(sekcam.Id, finding.AgreementId);
        Assert.Equal(Severity.Warning, finding.Finding.Severity);
        Assert.Equal(FindingCodes.NameSpelledDifferently, finding.Finding.Code);
        Assert.Contains("SAMUEL NASRANI", finding.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("19791112 200604 1 008", finding.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TumiwangTumuwang_IsOneWarning()
    {
        var agreement = AgreementBuilder.For("KEPALA SEKSI PEMERINTAHAN UMUM", "CAMAT")
            .First("WILLIAM TUMIWANG ,S.M", William)
            .Signature(PartyRole.First, "WILLIAM TUMIWANG ,S.M", William)
            .Signature(PartyRole.First, "WILLIAM TUMUWANG, S.M", William)
            .Build();

        var finding = Assert.Single(new NameSpellingRule().Check([agreement]));

        Assert.Contains("WILLIAM TUMUWANG", finding.Finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(":" + agreement.SignatureNames[1].SourceLine, finding.Finding.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TitlesWrittenDifferently_IsNoFinding()
    {
        var agreement = AgreementBuilder.For("KEPALA SEKSI KETENTRAMAN DAN KETERTIBAN UMUM", "CAMAT")
            .First("MUSLIM, S.PD", "197502152006041011")
            .Second("DARMAWATI, SE", "197010241992032005")
            .Signature(PartyRole.First, "MUSLIM, S.Pd", "197502152006041011")
            .Signature(PartyRole.Second, "DARMAWATI, S.E.", "197010241992032005")
            .Build();

        Assert.Empty(new NameSpellingRule().Check([agreement]));
    }

    [Fact]
    public void Check_NoNipVariantUnderSignature_WarnsByPosition()
    {
        var agreement = AgreementBuilder.For("KEPALA SEKSI PELAYANAN UMUM")
            .First("MULIANI, S.E., M.M.")
            .Signature(PartyRole.First, "MULIANI, S.E., M.M.")
            .Signature(PartyRole.First, "MULYANI, S.E., M.M.")
            .Build();

        var finding = Assert.Single(new NameSpellingRule().Check([agreement]));

        Assert.Contains("KEPALA SEKSI PELAYANAN UMUM", finding.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DifferentPeopleWithoutNipInTwoAgreements_IsNoFinding()
    {
        var camatKalaena = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR").First("H. MARSUKI, S.Pd., M.M.").Build();
        var camatOther = AgreementBuilder.For("CAMAT KALAENA", "BUPATI LUWU TIMUR").First("H. MAHMUD, S.Sos.").Build();

        Assert.Empty(new NameSpellingRule().Check([camatKalaena, camatOther]));
    }
}
