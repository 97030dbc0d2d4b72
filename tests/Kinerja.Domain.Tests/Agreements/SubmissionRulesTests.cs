using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Tests.Agreements;

/// <summary>
/// What submitting and approving check beyond completeness: Error findings need the person's acknowledgement, an
/// amendment needs its date and a change; and the operator can withdraw a submission.
/// </summary>
public sealed class SubmissionRulesTests
{
    private static readonly DateOnly AmendedOn = new(2025, 10, 1);

    public static TheoryData<AgreementStatus> AllStatuses => new(Enum.GetValues<AgreementStatus>());

    [Fact]
    public void Submit_WithErrorFindingsNotAcknowledged_IsRefusedWithTheirNumber()
    {
        var agreement = WorkflowAgreements.Complete();

        var outcome = agreement.Submit(new ErrorAcknowledgement(3, Acknowledged: false));

        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        var message = Assert.Single(outcome.Errors);
        Assert.Contains("3 temuan galat", message, StringComparison.Ordinal);
        Assert.Contains("Saya mengerti", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_WithErrorFindingsAcknowledged_IsSubmitted()
    {
        var agreement = WorkflowAgreements.Complete();

        Assert.True(agreement.Submit(new ErrorAcknowledgement(3, Acknowledged: true)).Success);
        Assert.Equal(AgreementStatus.Submitted, agreement.Status);
    }

    [Fact]
    public void Approve_WithErrorFindingsNotAcknowledged_IsRefused_AndAcknowledgedIsApproved()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Submitted);

        var refused = agreement.Approve(WorkflowAgreements.ApprovedOn, new ErrorAcknowledgement(1, Acknowledged: false));
        Assert.Contains("1 temuan galat", Assert.Single(refused.Errors), StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Submitted, agreement.Status);

        Assert.True(agreement.Approve(WorkflowAgreements.ApprovedOn, new ErrorAcknowledgement(1, Acknowledged: true)).Success);
        Assert.Equal(AgreementStatus.Approved, agreement.Status);
    }

    [Fact]
    public void Submit_AmendmentWithoutItsDate_IsRefused()
    {
        var (original, amendment) = Amendment();
        Assert.True(amendment.UpdateIndicator(amendment.Indicators.First().Id, amendment.Indicators.First().Content with { Target = TargetValue.Parse("95%") }).Success);

        var outcome = amendment.Submit(ErrorAcknowledgement.None, original);

        Assert.Equal(Messages.AmendmentDateRequired, Assert.Single(outcome.Errors));
        Assert.Equal(AgreementStatus.Draft, amendment.Status);
    }

    [Fact]
    public void Submit_AmendmentThatChangesNothing_IsRefused()
    {
        var (original, amendment) = Amendment();
        Assert.True(amendment.UpdateHeader("Kalaena", AmendedOn).Success);

        var outcome = amendment.Submit(ErrorAcknowledgement.None, original);

        Assert.Equal(Messages.AmendmentUnchanged, Assert.Single(outcome.Errors));
        Assert.Equal(AgreementStatus.Draft, amendment.Status);
    }

    [Fact]
    public void Submit_AmendmentWithoutDateAndChange_SaysBoth()
    {
        var (original, amendment) = Amendment();

        var outcome = amendment.Submit(ErrorAcknowledgement.None, original);

        Assert.Equal([Messages.AmendmentDateRequired, Messages.AmendmentUnchanged], outcome.Errors);
    }

    [Fact]
    public void Submit_AmendmentWithADateAndAChangedTarget_IsSubmitted()
    {
        var (original, amendment) = Amendment();
        Assert.True(amendment.UpdateHeader("Kalaena", AmendedOn).Success);
        var indicator = amendment.Indicators.First();
        Assert.True(amendment.UpdateIndicator(indicator.Id, indicator.Content with { Target = TargetValue.Parse("95%") }).Success);

        Assert.True(amendment.Submit(ErrorAcknowledgement.None, original).Success);
    }

    [Fact]
    public void Submit_AmendmentChangingOnlyAnIndicatorsDefinition_IsAChange()
    {
        var (original, amendment) = Amendment();
        Assert.True(amendment.UpdateHeader("Kalaena", AmendedOn).Success);
        var indicator = amendment.Indicators.First();
        Assert.True(amendment.UpdateIndicator(indicator.Id, indicator.Content with { Definition = "Layanan selesai dalam waktu standar" }).Success);

        Assert.True(amendment.Submit(ErrorAcknowledgement.None, original).Success);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Withdraw_FromEachStatus_OnlyASubmittedAgreementGoesBackToDraft(AgreementStatus status)
    {
        var agreement = WorkflowAgreements.In(status);

        var outcome = agreement.Withdraw();

        var allowed = status == AgreementStatus.Submitted;
        Assert.Equal(allowed, outcome.Success);
        Assert.Equal(allowed ? AgreementStatus.Draft : status, agreement.Status);
        if (!allowed)
            Assert.Contains(Labels.Of(status), outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdraw_ThenTheDraftIsEditableAndCanBeSubmittedAgain()
    {
        var agreement = WorkflowAgreements.In(AgreementStatus.Submitted);

        Assert.True(agreement.Withdraw().Success);

        Assert.True(agreement.IsEditable);
        Assert.True(agreement.Submit().Success);
    }

    private static (Agreement Original, Agreement Amendment) Amendment()
    {
        var original = WorkflowAgreements.In(AgreementStatus.Published);
        return (original, original.Amend(AmendmentReason.PerubahanProgramAnggaran, "APBD Perubahan 2025").Value!);
    }
}
