using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Tests.Rules;

public class NipRuleTests
{
    [Fact]
    public void Check_SeventeenDigitNip_IsOneLengthError()
    {
        var agreement = AgreementBuilder.For("KEPALA SEKSI PELAYANAN PUBLIK", "CAMAT")
            .First("WARSISALIPADANG, SE, M.SI", "19701209 200901 2 00")
            .Second("DARMAWATI, SE", "197010241992032005")
            .Signature(PartyRole.First, "WARSISALIPADANG, SE, M.Si", "19701209 200901 2 00")
            .Build();

        var finding = Assert.Single(new NipRule().Check(agreement));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(FindingCodes.NipLength, finding.Code);
        Assert.Contains("17 digit", finding.Message, StringComparison.Ordinal);
        Assert.Equal("pk.txt:20", finding.Location);
    }

    [Fact]
    public void Check_BadBirthDateUnderSignature_IsBirthDateError()
    {
        var agreement = AgreementBuilder.For()
            .Signature(PartyRole.First, "NURSAN, S.Sos.", "19701324 199203 2 005")
            .Build();

        Assert.Equal(FindingCodes.NipBirthDate, Assert.Single(new NipRule().Check(agreement)).Code);
    }

    [Fact]
    public void Check_LetterInsideTheNip_IsLetterErrorSayingSo()
    {
        var agreement = AgreementBuilder.For()
            .First("NURSAN, S.Sos.", "19800101A200501 1 001")
            .Build();

        var finding = Assert.Single(new NipRule().Check(agreement));

        Assert.Equal(FindingCodes.NipLetter, finding.Code);
        Assert.Equal("NIP 19800101A200501 1 001 (NURSAN, S.Sos.) memuat huruf; NIP hanya terdiri dari 18 angka.", finding.Message);
    }

    [Fact]
    public void Check_MissingNips_AreNoFinding()
    {
        var agreement = AgreementBuilder.For().Signature(PartyRole.Second, "H. MARSUKI, S.Pd., M.M.").Build();

        Assert.Empty(new NipRule().Check(agreement));
    }

    [Fact]
    public void Check_ValidAndPppkNips_AreNoFinding()
    {
        var agreement = AgreementBuilder.For()
            .First("MERI, S.PI", "197810052008012019")
            .Second("SAMUEL N, SIP", "198505122023211004")
            .Build();

        Assert.Empty(new NipRule().Check(agreement));
    }
}
