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
}
