using Kinerja.Domain.Common;
using Kinerja.Domain.Rules;

namespace Kinerja.Domain.Agreements;

/// <summary>
/// When a PK can have been signed: not before Pihak Kedua approved it, not after today (a date still to come is a
/// slip of the keyboard), and within the PK's own year (a PK 2026 signed in 2027 measures nothing).
/// </summary>
public static class SigningDate
{
    public static IReadOnlyList<string> Problems(int year, DateOnly? approvedOn, DateOnly signedOn, DateOnly today)
    {
        var problems = new List<string>();
        var date = IndonesianDate.Format(signedOn);
        if (signedOn > today)
            problems.Add(RuleText.Format(Messages.SigningDateInFuture, date));
        if (approvedOn is { } approved && signedOn < approved)
            problems.Add(RuleText.Format(Messages.SigningDateBeforeApproval, date, IndonesianDate.Format(approved)));
        if (signedOn.Year != year)
            problems.Add(RuleText.Format(Messages.SigningDateOutsideYear, date, year));
        return problems;
    }
}
