using Kinerja.Domain.Common;

namespace Kinerja.Domain.Reviews;

/// <summary>A note on an agreement by a reviewer (Pihak Kedua returning it, an evaluator, an administrator).</summary>
public sealed class ReviewNote
{
    private ReviewNote()
    {
    }

    private ReviewNote(Guid agreementId, Guid? authorUserId, string authorName, ReviewNoteKind kind, string text, DateTimeOffset at)
    {
        AgreementId = agreementId;
        AuthorUserId = authorUserId;
        AuthorName = authorName.Trim();
        Kind = kind;
        Text = text.Trim();
        At = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid AgreementId { get; private set; }

    public Guid? AuthorUserId { get; private set; }

    public string AuthorName { get; private set; } = string.Empty;

    public ReviewNoteKind Kind { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public static Outcome<ReviewNote> Create(Guid agreementId, Guid? authorUserId, string authorName, ReviewNoteKind kind, string text, DateTimeOffset at) =>
        string.IsNullOrWhiteSpace(text)
            ? Outcome<ReviewNote>.Fail(Messages.NoteTextRequired)
            : Outcome<ReviewNote>.Ok(new ReviewNote(agreementId, authorUserId, authorName, kind, text, at));
}
