using Kinerja.Domain.Agreements;
using Kinerja.Persistence.Tests.Infrastructure;

namespace Kinerja.Persistence.Tests.Persistence;

public sealed class AgreementFingerprintTests
{
    [Fact]
    public void SameContent_ReadTwiceUnderAnotherName_HasTheSameFingerprint()
    {
        var first = TestAgreements.Camat();
        var second = TestAgreements.Camat();
        second.SourceName = "salinan.txt";
        second.OfficeId = Guid.NewGuid();
        second.FirstParty.PersonId = Guid.NewGuid();

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(AgreementFingerprint.Compute(first), AgreementFingerprint.Compute(second));
        Assert.Matches("^[0-9a-f]{64}$", AgreementFingerprint.Compute(first));
    }

    [Fact]
    public void TrailingZerosOfATarget_DoNotChangeTheFingerprint() =>
        Assert.Equal(AgreementFingerprint.Compute(TestAgreements.Camat(target: 70.05m)), AgreementFingerprint.Compute(TestAgreements.Camat(target: 70.050m)));

    [Theory]
    [InlineData("target")]
    [InlineData("amount")]
    [InlineData("name")]
    [InlineData("explanation")]
    [InlineData("kind")]
    public void ChangedContent_ChangesTheFingerprint(string change)
    {
        var changed = change switch
        {
            "target" => TestAgreements.Camat(target: 70.06m),
            "amount" => TestAgreements.Camat(programAmount: 2_873_283_458),
            "name" => TestAgreements.Camat(firstPartyName: "ANDI MAKKASAU, S.STP"),
            "kind" => TestAgreements.Camat(kind: AgreementKind.Perubahan),
            _ => TestAgreements.Camat(),
        };
        if (change == "explanation")
            changed.Explanations[0].Targets[0].Explanation = "Tidak sesuai Renstra";

        Assert.NotEqual(AgreementFingerprint.Compute(TestAgreements.Camat()), AgreementFingerprint.Compute(changed));
    }
}
