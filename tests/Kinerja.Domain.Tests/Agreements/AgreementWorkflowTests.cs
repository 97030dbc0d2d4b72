using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

public sealed class AgreementWorkflowTests
{
    private static readonly DateOnly Today = new(2025, 1, 10);

    public static TheoryData<AgreementStatus> AllStatuses => new(Enum.GetValues<AgreementStatus>());

    [Fact]
    public void Approve_RecordsTheDay()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Submitted);

        Assert.True(agreement.Approve(new DateOnly(2025, 1, 4)).Success);

        Assert.Equal(new DateOnly(2025, 1, 4), agreement.ApprovedOn);
    }

    [Theory]
    [InlineData("2025-01-11", "Tanggal penandatanganan 11 Januari 2025 belum tiba; isi tanggal perjanjian benar-benar ditandatangani.")]
    [InlineData("2025-01-01", "Tanggal penandatanganan 1 Januari 2025 tidak boleh sebelum PK disetujui (2 Januari 2025).")]
    public void Sign_OnADayThePaperCannotHaveBeenSigned_IsRefusedAndChangesNothing(string signedOn, string message)
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Approved);
        var fingerprint = AgreementFingerprint.Compute(agreement);

        var outcome = agreement.Sign("sha256:def", DateOnly.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture), Today);

        Assert.Equal([message], outcome.Errors);
        Assert.Equal((AgreementStatus.Approved, (DateOnly?)null, fingerprint), (agreement.Status, agreement.SignedOn, AgreementFingerprint.Compute(agreement)));
    }

    [Fact]
    public void Sign_OutsideThePksYear_IsRefused()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Approved);

        var outcome = agreement.Sign("sha256:def", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6));

        Assert.Equal(["Tanggal penandatanganan 5 Januari 2026 harus dalam tahun PK (2025)."], outcome.Errors);
    }

    [Fact]
    public void Sign_KeepsWhatThePaperCarries()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Approved);
        var fingerprint = AgreementFingerprint.Compute(agreement);

        Assert.True(agreement.Sign("sha256:def", Today, Today).Success);

        Assert.Equal(fingerprint, AgreementFingerprint.Compute(agreement));
    }

    [Fact]
    public void NewAgreement_IsDraftAndEditable()
    {
        var agreement = WorkflowAgreements.Complete();

        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.True(agreement.IsEditable);
    }

    [Theory]
    [InlineData(AgreementStatus.Draft, true)]
    [InlineData(AgreementStatus.Submitted, false)]
    [InlineData(AgreementStatus.Returned, true)]
    [InlineData(AgreementStatus.Approved, false)]
    [InlineData(AgreementStatus.Signed, false)]
    [InlineData(AgreementStatus.Published, false)]
    public void IsEditable_OnlyDraftAndReturned(AgreementStatus status, bool editable) =>
        Assert.Equal(editable, WorkflowAgreements.In(status).IsEditable);

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Submit_FromEachStatus_AllowedOnlyFromDraftOrReturned(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.Submit();

        var allowed = status is AgreementStatus.Draft or AgreementStatus.Returned;
        Assert.Equal(allowed, outcome.Success);
        Assert.Equal(allowed ? AgreementStatus.Submitted : status, agreement.Status);
        if (!allowed)
            Assert.Contains(Labels.Of(status), outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_WithoutSasaran_IsRefused()
    {
        var agreement = AgreementBuilder.For().Build();

        var outcome = agreement.Submit();

        Assert.Equal(Messages.AgreementHasNoSasaran, Assert.Single(outcome.Errors));
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Fact]
    public void Submit_SasaranWithoutIndicator_IsRefusedWithCompletenessMessage()
    {
        var agreement = AgreementBuilder.For().Sasaran("Terlaksananya Evaluasi Kinerja").Build();

        var outcome = agreement.Submit();

        Assert.Contains("Indikator kinerja untuk sasaran \"Terlaksananya Evaluasi Kinerja\"", Assert.Single(outcome.Errors), StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Fact]
    public void Submit_IndicatorWithoutTarget_IsRefusedWithCompletenessMessage()
    {
        var agreement = AgreementBuilder.For().Sasaran("Terlaksananya Evaluasi", ("Jumlah Laporan Evaluasi", "-")).Build();

        var outcome = agreement.Submit();

        Assert.Contains("Target untuk indikator \"Jumlah Laporan Evaluasi\"", Assert.Single(outcome.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_SasaranNotStated_IsRefused()
    {
        var agreement = AgreementBuilder.For().Sasaran("-", ("Jumlah Laporan Evaluasi", "4 Laporan")).Build();

        Assert.False(agreement.Submit().Success);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Return_FromEachStatus_AllowedOnlyFromSubmitted(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.Return("Perbaiki target.");

        Assert.Equal(status == AgreementStatus.Submitted, outcome.Success);
        Assert.Equal(status == AgreementStatus.Submitted ? AgreementStatus.Returned : status, agreement.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutNote_IsRefused(string note)
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Submitted);

        var outcome = agreement.Return(note);

        Assert.Equal(Messages.ReturnNoteRequired, outcome.Error);
        Assert.Equal(AgreementStatus.Submitted, agreement.Status);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Approve_FromEachStatus_AllowedOnlyFromSubmitted(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.Approve(WorkflowAgreements.ApprovedOn);

        Assert.Equal(status == AgreementStatus.Submitted, outcome.Success);
        Assert.Equal(status == AgreementStatus.Submitted ? AgreementStatus.Approved : status, agreement.Status);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Sign_FromEachStatus_AllowedOnlyFromApproved(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.Sign("sha256:def", new DateOnly(2025, 1, 3), Today);

        Assert.Equal(status == AgreementStatus.Approved, outcome.Success);
        Assert.Equal(status == AgreementStatus.Approved ? AgreementStatus.Signed : status, agreement.Status);
    }

    [Fact]
    public void Sign_RecordsEvidenceAndDate()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Approved);

        var documentDate = agreement.SignedAt;

        Assert.True(agreement.Sign(" sha256:def ", new DateOnly(2025, 1, 3), Today).Success);

        Assert.Equal(("sha256:def", new DateOnly(2025, 1, 3), documentDate), (agreement.SignatureEvidence, agreement.SignedOn, agreement.SignedAt));
    }

    [Fact]
    public void Sign_WithoutEvidence_IsRefused()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Approved);

        Assert.Equal(Messages.EvidenceRequired, agreement.Sign(" ", new DateOnly(2025, 1, 3), Today).Error);
        Assert.Equal(AgreementStatus.Approved, agreement.Status);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Publish_FromEachStatus_AllowedOnlyFromSigned(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.Publish();

        Assert.Equal(status == AgreementStatus.Signed, outcome.Success);
        Assert.Equal(status == AgreementStatus.Signed ? AgreementStatus.Published : status, agreement.Status);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void RecordAsSignedDocument_AllowedOnlyFromDraft(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.RecordAsSignedDocument();

        Assert.Equal(status == AgreementStatus.Draft, outcome.Success);
        Assert.Equal(status == AgreementStatus.Draft ? AgreementStatus.Signed : status, agreement.Status);
    }

    [Fact]
    public void ReturnedAgreement_CanBeResubmitted()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Returned);

        Assert.True(agreement.Submit().Success);
        Assert.Equal(AgreementStatus.Submitted, agreement.Status);
    }

    [Theory]
    [InlineData(AgreementStatus.Draft, "Draf")]
    [InlineData(AgreementStatus.Submitted, "Diajukan")]
    [InlineData(AgreementStatus.Returned, "Dikembalikan")]
    [InlineData(AgreementStatus.Approved, "Disetujui")]
    [InlineData(AgreementStatus.Signed, "Ditandatangani")]
    [InlineData(AgreementStatus.Published, "Dipublikasikan")]
    public void Labels_Status_IsIndonesian(AgreementStatus status, string label) => Assert.Equal(label, Labels.Of(status));
}
