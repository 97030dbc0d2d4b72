namespace Kinerja.Domain.People;

/// <summary>Why a printed NIP is not a valid civil-servant number.</summary>
public enum NipProblem
{
    None,
    Length,
    BirthDate,
    TmtMonth,
    TmtBeforeAdulthood,
    Gender,
    Sequence,

    /// <summary>A letter between the digits (e.g. <c>19800101A200501 1 001</c>): a typo, never dropped silently.</summary>
    Letter,
}
