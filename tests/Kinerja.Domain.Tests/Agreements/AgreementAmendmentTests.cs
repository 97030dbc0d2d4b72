using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class AgreementAmendmentTests
{
    [Theory]
    [InlineData(AgreementStatus.Draft, false)]
    [InlineData(AgreementStatus.Submitted, false)]
    [InlineData(AgreementStatus.Returned, false)]
    [InlineData(AgreementStatus.Approved, false)]
    [InlineData(AgreementStatus.Signed, true)]
    [InlineData(AgreementStatus.Published, true)]
    public void Amend_FromEachStatus_AllowedOnlyWhenSignedOrPublished(AgreementStatus status, bool allowed)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan 2025");

        Assert.Equal(allowed, outcome.Success);
        Assert.Equal(status, agreement.Status);
        if (!allowed)
            Assert.Contains(Labels.Of(status), outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Amend_CopiesEverythingWithNewIds()
    {
        var original = WorkflowAgreements.Complete();
        original.AddExplanation(new SasaranExplanation
        {
            Sasaran = "Meningkatnya kualitas pelayanan umum",
            Indicators = [new IndicatorExplanation { Indicator = "Persentase layanan tepat waktu", Definition = "D" }],
            Targets = [new TargetExplanation { Indicator = "Persentase layanan tepat waktu", Target = "100%", Explanation = "Sesuai Renstra" }],
        });
        Assert.True(original.UpdateHeader("Kalaena", null).Success);
        Assert.True(original.Submit().Success);
        Assert.True(original.Approve(WorkflowAgreements.ApprovedOn).Success);
        Assert.True(original.Sign("sha256:abc", WorkflowAgreements.SignedOn, WorkflowAgreements.SignedOn).Success);

        var amendment = original.Amend(AmendmentReason.PergantianPejabat, " Mutasi Camat ").Value!;

        Assert.Equal((AgreementKind.Perubahan, AgreementStatus.Draft, 1), (amendment.Kind, amendment.Status, amendment.Revision));
        Assert.Equal((original.Id, original.Key), (amendment.SupersedesId, amendment.SupersedesKey));
        Assert.Equal((AmendmentReason.PergantianPejabat, "Mutasi Camat"), (amendment.AmendmentReason, amendment.AmendmentExplanation));
        Assert.Equal((original.Year, original.Office, original.Region, "Kalaena"), (amendment.Year, amendment.Office, amendment.Region, amendment.Place));
        Assert.Equal((original.FirstParty.PrintedName, original.SecondParty.Position), (amendment.FirstParty.PrintedName, amendment.SecondParty.Position));
        Assert.Null(amendment.SignedAt);
        Assert.Null(amendment.SignatureEvidence);
        Assert.NotEqual(original.Id, amendment.Id);
        Assert.NotEqual(original.Key, amendment.Key);

        var (sasaran, copy) = (original.Sasarans[0], amendment.Sasarans[0]);
        Assert.NotEqual(sasaran.Id, copy.Id);
        Assert.Equal((sasaran.Number, sasaran.Level, sasaran.Text), (copy.Number, copy.Level, copy.Text));
        Assert.NotEqual(sasaran.Indicators[0].Id, copy.Indicators[0].Id);
        Assert.Equal(sasaran.Indicators[0].Content, copy.Indicators[0].Content);
        Assert.NotEqual(original.BudgetLines[0].Id, amendment.BudgetLines[0].Id);
        Assert.Equal(original.BudgetLines[0].Content, amendment.BudgetLines[0].Content);
        Assert.Equal("Sesuai Renstra", Assert.Single(Assert.Single(amendment.Explanations).Targets).Explanation);
        Assert.NotSame(original.Explanations[0], amendment.Explanations[0]);
        Assert.Same(copy, amendment.SasaranOf(amendment.Explanations[0]));
    }

    [Fact]
    public void Amend_KeepsTheLineageOfEveryIndicatorAndBudgetLine()
    {
        var original = AgreementBuilder.For()
            .Sasaran("Meningkatnya kualitas pelayanan umum", ("Persentase layanan tepat waktu", "100%"), ("Jumlah laporan", "4 Laporan"))
            .Sasaran("Meningkatnya ketertiban umum", ("Persentase gangguan yang ditangani", "90%"))
            .Program("Program Penunjang", 2_000_000)
            .SubKegiatan("Penyediaan Gaji dan Tunjangan ASN", 1_000_000)
            .Build();
        Assert.True(original.RecordAsSignedDocument().Success);

        var amendment = original.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan").Value!;
        var second = amendment.Amend(AmendmentReason.PerubahanProgramAnggaran, "Belum ditandatangani");

        Assert.Equal(original.Indicators.Select(i => i.LineageId), amendment.Indicators.Select(i => i.LineageId));
        Assert.Equal(original.BudgetLines.Select(b => b.LineageId), amendment.BudgetLines.Select(b => b.LineageId));
        Assert.DoesNotContain(amendment.Indicators, i => original.Indicators.Any(o => o.Id == i.Id));
        Assert.Equal(3, original.Indicators.Select(i => i.LineageId).Distinct().Count());
        Assert.False(second.Success);
    }

    [Fact]
    public void Supersede_AmendmentReadFromAnotherDocument_TakesTheLineageOfWhatItContinues()
    {
        var original = AgreementBuilder.For()
            .Sasaran("Meningkatnya kualitas pelayanan umum", ("Persentase layanan tepat waktu", "100%"))
            .Budget(BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", 1_000_000, "7.01.01.2.02.0001")
            .Build();
        var amendment = AgreementBuilder.For()
            .OfKind(AgreementKind.Perubahan)
            .Sasaran("Meningkatnya Kualitas Pelayanan Umum.", ("Persentase Layanan Tepat Waktu.", "95%"), ("Indikator baru", "1 Dokumen"))
            .Budget(BudgetLevel.SubKegiatan, "Gaji dan Tunjangan ASN", 1_200_000, "7.01.01.2.02.0001")
            .Build();

        Assert.True(amendment.Replaces(original));
        amendment.Supersede(original);

        Assert.Equal((original.Id, original.Key), (amendment.SupersedesId, amendment.SupersedesKey));
        Assert.Equal(original.Indicators.First().LineageId, amendment.Indicators.First().LineageId);
        Assert.NotEqual(original.Indicators.First().LineageId, amendment.Indicators.Last().LineageId);
        Assert.Equal(original.BudgetLines[0].LineageId, amendment.BudgetLines[0].LineageId);
    }

    [Fact]
    public void Replaces_OnlyTheOriginalOfTheSameOfficeYearAndPosition()
    {
        var original = AgreementBuilder.For().Build();
        var amendment = AgreementBuilder.For().OfKind(AgreementKind.Perubahan).Build();

        Assert.True(amendment.Replaces(original));
        Assert.False(original.Replaces(amendment));
        Assert.False(AgreementBuilder.For("SEKRETARIS CAMAT").OfKind(AgreementKind.Perubahan).Build().Replaces(original));
        Assert.False(AgreementBuilder.For().InOffice("Kecamatan Malili").OfKind(AgreementKind.Perubahan).Build().Replaces(original));
    }

    [Fact]
    public void Amend_IsEditableAndLeavesOriginalUnchanged()
    {
        var original = WorkflowAgreements.In(AgreementStatus.Published);
        var amendment = original.Amend(AmendmentReason.PerubahanPrioritas, "Prioritas berubah").Value!;

        Assert.True(amendment.UpdateBudgetLine(amendment.BudgetLines[0].Id, amendment.BudgetLines[0].Content with { Amount = new(5) }).Success);

        Assert.Equal(1_000_000, original.BudgetLines[0].Amount.Value);
    }

    [Fact]
    public void Amend_OfAnAmendment_HasItsOwnKey()
    {
        var first = WorkflowAgreements.In(AgreementStatus.Signed).Amend(AmendmentReason.PerubahanPrioritas, "x").Value!;
        Assert.True(first.UpdateHeader("Kalaena", WorkflowAgreements.SignedOn).Success);
        Assert.True(first.Submit().Success);
        Assert.True(first.Approve(WorkflowAgreements.ApprovedOn).Success);
        Assert.True(first.Sign("sha256:1", WorkflowAgreements.SignedOn, WorkflowAgreements.SignedOn).Success);

        var second = first.Amend(AmendmentReason.PergantianPejabat, "y").Value!;

        Assert.Equal(2, second.Revision);
        Assert.EndsWith("/perubahan-2", second.Key, StringComparison.Ordinal);
        Assert.EndsWith("/perubahan", first.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Amend_WithoutExplanation_IsRefused()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Signed);

        Assert.Equal(Messages.AmendmentExplanationRequired, agreement.Amend(AmendmentReason.PergantianPejabat, " ").Error);
    }

    [Theory]
    [InlineData(AmendmentReason.PergantianPejabat, "Pergantian pejabat (mutasi/pergantian)")]
    [InlineData(AmendmentReason.PerubahanProgramAnggaran, "Perubahan strategi, program, kegiatan atau anggaran (mis. APBD Perubahan)")]
    [InlineData(AmendmentReason.PerubahanPrioritas, "Perubahan prioritas atau asumsi")]
    public void Labels_AmendmentReason_IsIndonesian(AmendmentReason reason, string label) => Assert.Equal(label, Labels.Of(reason));
}
