using Kinerja.Domain.Organisation;
using Kinerja.Domain.Reviews;

namespace Kinerja.Domain.Tests.Reviews;

public sealed class ReviewTests
{
    private static readonly DateTimeOffset At = new(2025, 1, 2, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReviewNote_WithoutText_IsRefused() =>
        Assert.Equal(Messages.NoteTextRequired, ReviewNote.Create(Guid.CreateVersion7(), null, "x", ReviewNoteKind.Catatan, " ", At).Error);

    [Theory]
    [InlineData(ReviewNoteKind.Pengembalian, "Pengembalian")]
    [InlineData(ReviewNoteKind.CatatanEvaluasi, "Catatan evaluasi")]
    [InlineData(ReviewNoteKind.Catatan, "Catatan")]
    public void Labels_NoteKind_IsIndonesian(ReviewNoteKind kind, string label) => Assert.Equal(label, Labels.Of(kind));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Evaluation_ScoreOutOfRange_IsRefused(double score) =>
        Assert.Equal(Messages.ScoreOutOfRange, Evaluation.Create(Guid.CreateVersion7(), 2025, null, (decimal)score, null, At, null, "x").Error);

    [Fact]
    public void Evaluation_WithoutScoreOrNotes_IsRefused() =>
        Assert.Equal(Messages.EvaluationEmpty, Evaluation.Create(Guid.CreateVersion7(), 2025, null, null, " ", At, null, "x").Error);

    [Fact]
    public void Evaluation_NotesOnly_IsAccepted() =>
        Assert.Equal("Lengkap", Evaluation.Create(Guid.CreateVersion7(), 2025, null, null, " Lengkap ", At, null, "x").Value!.Notes);

    [Theory]
    [InlineData("2025-01-31", 0)]
    [InlineData("2025-02-28", 0)]
    [InlineData("2025-03-01", 1)]
    [InlineData("2025-04-01", 32)]
    public void BudgetApproval_DaysPastDeadline_OneMonthAfterApproval(string today, int days)
    {
        var approval = new BudgetApproval(Guid.CreateVersion7(), 2025, new DateOnly(2025, 1, 31));

        Assert.Equal(new DateOnly(2025, 2, 28), approval.Deadline);
        Assert.Equal(days, approval.DaysPastDeadline(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
