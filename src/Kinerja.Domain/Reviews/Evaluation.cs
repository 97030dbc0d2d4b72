using Kinerja.Domain.Common;

namespace Kinerja.Domain.Reviews;

/// <summary>
/// The Inspektorat's evaluation of an office's performance agreements for a year, or of one agreement: a score out
/// of 100 when given, and notes.
/// </summary>
public sealed class Evaluation
{
    private Evaluation()
    {
    }

    private Evaluation(Guid officeId, int year, Guid? agreementId, decimal? score, string notes, DateTimeOffset at, Guid? byUserId, string byName)
    {
        OfficeId = officeId;
        Year = year;
        AgreementId = agreementId;
        Score = score;
        Notes = notes;
        At = at;
        ByUserId = byUserId;
        ByName = byName;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid OfficeId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The agreement evaluated, or null for the office's agreements of the year as a whole.</summary>
    public Guid? AgreementId { get; private set; }

    /// <summary>Out of 100, when given.</summary>
    public decimal? Score { get; private set; }

    public string Notes { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public Guid? ByUserId { get; private set; }

    public string ByName { get; private set; } = string.Empty;

    public static Outcome<Evaluation> Create(
        Guid officeId, int year, Guid? agreementId, decimal? score, string? notes, DateTimeOffset at, Guid? byUserId, string byName)
    {
        if (score is < 0 or > 100)
            return Outcome<Evaluation>.Fail(Messages.ScoreOutOfRange);
        if (score is null && string.IsNullOrWhiteSpace(notes))
            return Outcome<Evaluation>.Fail(Messages.EvaluationEmpty);

        return Outcome<Evaluation>.Ok(new Evaluation(officeId, year, agreementId, score, (notes ?? string.Empty).Trim(), at, byUserId, byName.Trim()));
    }
}
