using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class AgreementFingerprintTests
{
    [Fact]
    public void SameContent_ReadTwiceUnderAnotherName_HasTheSameFingerprint()
    {
        var first = Camat();
        var second = Camat(sourceName: "salinan.txt");
        second.LinkOffice(Guid.NewGuid());
        second.LinkParty(PartyRole.First, Guid.NewGuid(), null);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(AgreementFingerprint.Compute(first), AgreementFingerprint.Compute(second));
        Assert.Matches("^[0-9a-f]{64}$", AgreementFingerprint.Compute(first));
    }

    [Fact]
    public void TrailingZerosOfATarget_DoNotChangeTheFingerprint() =>
        Assert.Equal(AgreementFingerprint.Compute(Camat(target: 70.05m)), AgreementFingerprint.Compute(Camat(target: 70.050m)));

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
            "target" => Camat(target: 70.06m),
            "amount" => Camat(programAmount: 2_873_283_458),
            "name" => Camat(firstPartyName: "ANDI MAKKASAU, S.STP"),
            "kind" => Camat(kind: AgreementKind.Perubahan),
            _ => Camat(),
        };
        if (change == "explanation")
            changed.Explanations[0].Targets[0].Explanation = "Tidak sesuai Renstra";

        Assert.NotEqual(AgreementFingerprint.Compute(Camat()), AgreementFingerprint.Compute(changed));
    }

    [Fact]
    public void SameContent_OtherSourceLinesAndNipGrouping_IsTheSameContentButAnotherFingerprint()
    {
        var text = Camat();
        var word = Camat(sourceLine: 3);
        var regrouped = Camat(firstPartyNip: "198012312002121003");

        Assert.True(AgreementFingerprint.SameContent(text, word));
        Assert.True(AgreementFingerprint.SameContent(text, regrouped));
        Assert.NotEqual(AgreementFingerprint.Compute(text), AgreementFingerprint.Compute(word));
    }

    [Fact]
    public void SameContent_ChangedTarget_IsAnotherContent() =>
        Assert.False(AgreementFingerprint.SameContent(Camat(), Camat(target: 70.06m)));

    [Fact]
    public void Canonical_IsTheVersionedJsonOfTheContent()
    {
        var canonical = Encoding.UTF8.GetString(AgreementFingerprint.Canonical(Camat()));

        Assert.StartsWith("{\"format\":\"1\",\"year\":2025,\"kind\":\"Awal\",\"office\":\"Kecamatan Kalaena\"", canonical);
        Assert.Contains("\"signedAt\":\"2025-01-02\"", canonical);
        Assert.Contains("\"targetValue\":\"70.05\",\"targetUnit\":\"Nilai\"", canonical);
        Assert.Contains("\"amount\":2873283457", canonical);
        Assert.Contains("\"sourceLine\":null", canonical);
    }

    /// <summary>A Camat's agreement with every part filled; budget of Rp 2.873.283.457 by default.</summary>
    private static Agreement Camat(
        AgreementKind kind = AgreementKind.Awal,
        string firstPartyName = "ANDI MAKKASAU, S.STP., M.Si",
        string firstPartyNip = "19801231 200212 1 003",
        decimal target = 70.05m,
        long programAmount = 2_873_283_457,
        string sourceName = "pk-camat.txt",
        int? sourceLine = null)
    {
        var agreement = new Agreement(
            2025,
            kind,
            "Kecamatan Kalaena",
            "Kabupaten Luwu Timur",
            new Party(firstPartyName, "CAMAT KALAENA", firstPartyNip, sourceLine: 20),
            new Party("Drs. H. BUDIMAN, M.Pd", "BUPATI LUWU TIMUR", null, sourceLine: 24))
        {
            Place = "Kalaena",
            SignedAt = new DateOnly(2025, 1, 2),
            SourceName = sourceName,
            SourceLine = sourceLine,
        };

        var sasaran = new Sasaran("1.", SasaranLevel.Strategis, "Meningkatnya kualitas pelayanan publik kecamatan", sourceLine: 40);
        sasaran.AddIndicator(Indicator.Read(
            new IndicatorContent("Indeks Kepuasan Masyarakat", new TargetValue(target, "Nilai", "70,05 Nilai"), Definition: "Hasil pengukuran kepuasan masyarakat", TargetExplanation: "Sesuai Renstra"),
            sourceLine: 41));
        agreement.AddSasaran(sasaran);
        agreement.AddBudgetLine(new BudgetLine("1", BudgetLevel.Program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", new Rupiah(programAmount), "APBD", 60) { Code = "7.01.01" });
        agreement.AddExplanation(new SasaranExplanation
        {
            Heading = "Sasaran 1",
            Sasaran = "Meningkatnya kualitas pelayanan publik kecamatan",
            Targets = [new TargetExplanation { Indicator = "Indeks Kepuasan Masyarakat", Target = "70,05", Explanation = "Sesuai Renstra", SourceLine = 110 }],
        });
        return agreement;
    }

    [Theory]
    [InlineData("1e81 5216 3d77 a695")]
    [InlineData("1E81-5216-3D77-A695")]
    [InlineData("Sidik dokumen: 1e81 5216 3d77 a695")]
    [InlineData(" 1e815216 ")]
    [InlineData("1e81 5216 3d77 a695 0b3c")]
    public void Matches_TheFingerprintAsPrinted(string typed) =>
        Assert.True(AgreementFingerprint.Matches("1e8152163d77a6950b3c" + new string('0', 44), typed));

    [Theory]
    [InlineData("1e81 5216 3d77 a696")]
    [InlineData("1e81")]
    [InlineData("")]
    [InlineData("5216 3d77")]
    public void DoesNotMatch_AnotherOrTooShortFingerprint(string typed) =>
        Assert.False(AgreementFingerprint.Matches("1e8152163d77a6950b3c" + new string('0', 44), typed));

    [Fact]
    public void Short_IsWhatThePaperPrints() =>
        Assert.Equal("1e81 5216 3d77 a695", AgreementFingerprint.Short("1e8152163d77a6950b3c" + new string('0', 44)));
}
