using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class AgreementExplanationTests
{
    private const string Pelayanan = "Meningkatnya kualitas pelayanan umum";
    private const string Ketertiban = "Meningkatnya ketenteraman dan ketertiban umum";
    private const string Akuntabilitas = "Meningkatnya akuntabilitas kinerja perangkat daerah";

    private static Agreement ThreeSasaran() =>
        AgreementBuilder.For()
            .Sasaran(Pelayanan, ("Persentase layanan tepat waktu", "100%"))
            .Sasaran(Ketertiban, ("Persentase gangguan ketertiban yang ditangani", "90%"))
            .Sasaran(Akuntabilitas, ("Nilai AKIP Perangkat Daerah", "76"))
            .Build();

    private static string[] Named(Agreement agreement) => agreement.Explanations.Select(e => e.Sasaran).ToArray();

    [Fact]
    public void SetExplanation_FirstOfTheAgreement_GivesEverySasaranItsSection()
    {
        var agreement = ThreeSasaran();

        Assert.True(agreement.SetExplanation(agreement.Sasarans[1].Id, "  Ketertiban dijaga bersama aparat. ").Success);

        Assert.Equal([Pelayanan, Ketertiban, Akuntabilitas], Named(agreement));
        Assert.Equal(["", "Ketertiban dijaga bersama aparat.", ""], agreement.Explanations.Select(e => e.Description));
        Assert.Same(agreement.Explanations[1], agreement.ExplanationOf(agreement.Sasarans[1].Id));
    }

    [Fact]
    public void SetExplanation_Again_ReplacesTheDescription()
    {
        var agreement = ThreeSasaran();
        var id = agreement.Sasarans[0].Id;
        Assert.True(agreement.SetExplanation(id, "Pertama").Success);

        Assert.True(agreement.SetExplanation(id, "Kedua").Success);

        Assert.Equal("Kedua", agreement.ExplanationOf(id)!.Description);
        Assert.Equal(3, agreement.Explanations.Count);
    }

    [Fact]
    public void SetExplanation_BlankOrUnknownSasaran_IsRefusedAndChangesNothing()
    {
        var agreement = ThreeSasaran();

        Assert.Equal(Messages.ExplanationDescriptionRequired, agreement.SetExplanation(agreement.Sasarans[0].Id, " \n ").Error);
        Assert.Equal(Messages.SasaranNotFound, agreement.SetExplanation(Guid.CreateVersion7(), "Uraian").Error);
        Assert.Empty(agreement.Explanations);
    }

    [Fact]
    public void SetExplanation_FindsTheDocumentsOwnExplanation_WrittenInCapitalsWithTheDescriptionRunOn()
    {
        var agreement = ThreeSasaran();
        agreement.AddExplanation(new SasaranExplanation
        {
            Heading = "Penjelasan 2",
            Sasaran = "MENINGKATNYA KETENTERAMAN DAN KETERTIBAN UMUM. yang dimaksud dalam sasaran ini",
            Indicators = [new IndicatorExplanation { Indicator = "Persentase gangguan ketertiban yang ditangani", Definition = "Dari dokumen" }],
        });

        Assert.True(agreement.SetExplanation(agreement.Sasarans[1].Id, "Uraian baru").Success);

        var explanation = Assert.Single(agreement.Explanations);
        Assert.Equal(("Penjelasan 2", Ketertiban, "Uraian baru"), (explanation.Heading, explanation.Sasaran, explanation.Description));
        Assert.Null(agreement.IndicatorTablesFrom(explanation));
    }

    [Theory]
    [InlineData("Meningkatkan ketenteraman dan ketertiban umum")]
    [InlineData("Meningkatnya Ketentraman dan Ketertiban Umum (PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM)")]
    public void LinkExplanations_NamedWithASpellingVariantOrAProgramInBrackets_IsFound(string named)
    {
        var agreement = ThreeSasaran();
        var explanation = new SasaranExplanation { Sasaran = named, Description = "Dari dokumen" };
        agreement.AddExplanation(explanation);
        Assert.Null(agreement.SasaranOf(explanation));

        agreement.LinkExplanations();

        Assert.Same(explanation, agreement.ExplanationOf(agreement.Sasarans[1].Id));
        Assert.Null(agreement.ExplanationOf(agreement.Sasarans[0].Id));
        Assert.Same(agreement.Sasarans[1], agreement.SasaranOf(explanation));
    }

    [Fact]
    public void LinkExplanations_TwoSasaranSharingWords_EachGetsItsOwn()
    {
        var agreement = AgreementBuilder.For()
            .Sasaran("Meningkatnya kinerja penyelenggaraan pemerintahan umum")
            .Sasaran("Meningkatkan kinerja penyelenggaraan pemerintahan umum sesuai penugasan kepala daerah")
            .Build();
        agreement.AddExplanation(new SasaranExplanation { Sasaran = "Meningkatnya Kinerja Penyelenggaraan Pemerintahan Umum Sesuai Penugasan Kepala Daerah." });
        agreement.AddExplanation(new SasaranExplanation { Sasaran = "Meningkatnya Kinerja Penyelenggaraan Pemerintahan Umum." });

        agreement.LinkExplanations();

        Assert.Same(agreement.Explanations[1], agreement.ExplanationOf(agreement.Sasarans[0].Id));
        Assert.Same(agreement.Explanations[0], agreement.ExplanationOf(agreement.Sasarans[1].Id));
    }

    [Fact]
    public void LinkExplanations_OnceLinked_TheLinkIsStoredNotRecomputedFromTheNames()
    {
        var agreement = ThreeSasaran();
        var explanation = new SasaranExplanation { Sasaran = agreement.Sasarans[1].Text, Description = "Dari dokumen" };
        agreement.AddExplanation(explanation);
        agreement.LinkExplanations();
        Assert.Equal(agreement.Sasarans[1].Id, explanation.SasaranId);
        var name = explanation.Sasaran;

        Assert.True(agreement.UpdateSasaran(agreement.Sasarans[1].Id, SasaranLevel.Strategis, "Terwujudnya desa mandiri").Success);
        Assert.True(agreement.UpdateSasaran(agreement.Sasarans[0].Id, SasaranLevel.Strategis, name).Success);
        agreement.LinkExplanations();

        Assert.Same(explanation, agreement.ExplanationOf(agreement.Sasarans[1].Id));
        Assert.Null(agreement.ExplanationOf(agreement.Sasarans[0].Id));
    }

    [Fact]
    public void LinkExplanation_ChosenByTheEditor_LinksOrUnlinksAndRefusesASasaranTaken()
    {
        var agreement = ThreeSasaran();
        var named = new SasaranExplanation { Sasaran = agreement.Sasarans[0].Text, Description = "Satu" };
        var unnamed = new SasaranExplanation { Sasaran = "Bagian tanpa sasaran yang dikenal", Description = "Dua" };
        agreement.AddExplanation(named);
        agreement.AddExplanation(unnamed);
        agreement.LinkExplanations();
        Assert.Null(agreement.SasaranOf(unnamed));

        Assert.True(agreement.LinkExplanation(1, agreement.Sasarans[2].Id).Success);
        var taken = agreement.LinkExplanation(1, agreement.Sasarans[0].Id);
        Assert.True(agreement.LinkExplanation(0, null).Success);

        Assert.Same(agreement.Sasarans[2], agreement.SasaranOf(unnamed));
        Assert.Equal("Sasaran 1. sudah terhubung dengan penjelasan Lampiran 2 lain; lepaskan dulu tautan penjelasan itu.", taken.Error);
        Assert.Null(agreement.SasaranOf(named));
        Assert.False(agreement.LinkExplanation(5, null).Success);
    }

    [Fact]
    public void LinkExplanation_SignedAgreement_IsRefused()
    {
        var agreement = WorkflowAgreements.In(
            AgreementStatus.Signed,
            drawUp: a => a.AddExplanation(new SasaranExplanation { Sasaran = "Bagian lain", Description = "Uraian" }));

        var outcome = agreement.LinkExplanation(0, agreement.Sasarans[0].Id);

        Assert.False(outcome.Success);
        Assert.Null(agreement.Explanations[0].SasaranId);
    }

    [Fact]
    public void ExplanationOf_ASectionOfOtherWords_BelongsToNoSasaran()
    {
        var agreement = ThreeSasaran();
        agreement.AddExplanation(new SasaranExplanation { Sasaran = "Persentase fasilitasi rekomendasi dan koordinasi pembinaan desa" });

        Assert.All(agreement.Sasarans, s => Assert.Null(agreement.ExplanationOf(s.Id)));
        Assert.Null(agreement.SasaranOf(agreement.Explanations[0]));
    }

    [Fact]
    public void SetExplanation_ForASasaranWithoutOne_IsPlacedInTheOrderOfTheSasaran()
    {
        var agreement = ThreeSasaran();
        agreement.AddExplanation(new SasaranExplanation { Sasaran = Pelayanan, Description = "Satu" });
        agreement.AddExplanation(new SasaranExplanation { Sasaran = Akuntabilitas, Description = "Tiga" });

        Assert.True(agreement.SetExplanation(agreement.Sasarans[1].Id, "Dua").Success);

        Assert.Equal(["Satu", "Dua", "Tiga"], agreement.Explanations.Select(e => e.Description));
    }

    [Fact]
    public void IndicatorTablesFrom_AnExplanationWrittenInTheEditor_IsItsSasaran()
    {
        var agreement = ThreeSasaran();
        Assert.True(agreement.SetExplanation(agreement.Sasarans[2].Id, "Uraian").Success);

        Assert.Same(agreement.Sasarans[2], agreement.IndicatorTablesFrom(agreement.Explanations[2]));
        Assert.Same(agreement.Sasarans[0], agreement.IndicatorTablesFrom(agreement.Explanations[0]));
    }

    [Fact]
    public void RemoveExplanation_KeepsTheSectionWithoutDescriptionOrTables_AndASecondRemoveIsRefused()
    {
        var agreement = ThreeSasaran();
        var id = agreement.Sasarans[0].Id;
        agreement.AddExplanation(new SasaranExplanation
        {
            Sasaran = Pelayanan,
            Description = "Dari dokumen",
            Targets = [new TargetExplanation { Indicator = "Persentase layanan tepat waktu", Target = "100%" }],
        });

        Assert.True(agreement.RemoveExplanation(id).Success);

        var explanation = Assert.Single(agreement.Explanations);
        Assert.Equal((Pelayanan, string.Empty), (explanation.Sasaran, explanation.Description));
        Assert.Same(agreement.Sasarans[0], agreement.IndicatorTablesFrom(explanation));
        Assert.Equal(Messages.ExplanationNotFound, agreement.RemoveExplanation(id).Error);
        Assert.Equal(Messages.ExplanationNotFound, agreement.RemoveExplanation(agreement.Sasarans[1].Id).Error);
    }

    [Fact]
    public void UpdateSasaran_KeepsItsExplanation()
    {
        var agreement = ThreeSasaran();
        var sasaran = agreement.Sasarans[0];
        Assert.True(agreement.SetExplanation(sasaran.Id, "Uraian").Success);

        Assert.True(agreement.UpdateSasaran(sasaran.Id, sasaran.Level, "Meningkatnya mutu pelayanan administrasi").Success);

        Assert.Equal(("Meningkatnya mutu pelayanan administrasi", "Uraian"), (agreement.ExplanationOf(sasaran.Id)!.Sasaran, agreement.ExplanationOf(sasaran.Id)!.Description));
    }

    [Fact]
    public void RemoveSasaran_RemovesItsExplanation()
    {
        var agreement = ThreeSasaran();
        Assert.True(agreement.SetExplanation(agreement.Sasarans[0].Id, "Uraian").Success);

        Assert.True(agreement.RemoveSasaran(agreement.Sasarans[1].Id).Success);

        Assert.Equal([Pelayanan, Akuntabilitas], Named(agreement));
    }

    [Fact]
    public void AddSasaran_WhenLampiran2HasExplanations_GivesItASection()
    {
        var agreement = ThreeSasaran();
        Assert.True(agreement.SetExplanation(agreement.Sasarans[0].Id, "Uraian").Success);

        var added = agreement.AddSasaran(SasaranLevel.Kegiatan, "Terlaksananya rapat koordinasi").Value!;

        Assert.Equal([Pelayanan, Ketertiban, Akuntabilitas, "Terlaksananya rapat koordinasi"], Named(agreement));
        Assert.NotNull(agreement.ExplanationOf(added.Id));
    }

    [Fact]
    public void AddSasaran_WithoutExplanations_AddsNone()
    {
        var agreement = ThreeSasaran();

        Assert.True(agreement.AddSasaran(SasaranLevel.Kegiatan, "Terlaksananya rapat koordinasi").Success);

        Assert.Empty(agreement.Explanations);
    }

    [Fact]
    public void MoveSasaran_TheirExplanationsFollow()
    {
        var agreement = ThreeSasaran();
        Assert.True(agreement.SetExplanation(agreement.Sasarans[2].Id, "Uraian").Success);

        Assert.True(agreement.MoveSasaran(agreement.Sasarans[2].Id, 0).Success);

        Assert.Equal([Akuntabilitas, Pelayanan, Ketertiban], Named(agreement));
    }

    [Fact]
    public void MoveSasaran_AnExplanationOfNoSasaran_LeavesTheDocumentsOrder()
    {
        var agreement = ThreeSasaran();
        agreement.AddExplanation(new SasaranExplanation { Sasaran = Ketertiban });
        agreement.AddExplanation(new SasaranExplanation { Sasaran = "Persentase fasilitasi rekomendasi" });
        agreement.AddExplanation(new SasaranExplanation { Sasaran = Pelayanan });

        Assert.True(agreement.MoveSasaran(agreement.Sasarans[2].Id, 0).Success);

        Assert.Equal([Ketertiban, "Persentase fasilitasi rekomendasi", Pelayanan], Named(agreement));
    }
}
