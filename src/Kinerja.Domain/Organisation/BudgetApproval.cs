namespace Kinerja.Domain.Organisation;

/// <summary>
/// The date a region's budget (APBD) for a year was approved. The PKs of the year are due at most one month later
/// (DOMAIN.md §2): <see cref="Deadline"/>. Stored per region and year; the administrator records it.
/// </summary>
public sealed class BudgetApproval
{
    private BudgetApproval()
    {
    }

    public BudgetApproval(Guid regionId, int year, DateOnly approvedOn)
    {
        RegionId = regionId;
        Year = year;
        ApprovedOn = approvedOn;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid RegionId { get; private set; }

    public int Year { get; private set; }

    public DateOnly ApprovedOn { get; private set; }

    /// <summary>One month after approval: the last day a PK of the year is on time.</summary>
    public DateOnly Deadline => DeadlineFor(ApprovedOn);

    public static DateOnly DeadlineFor(DateOnly approvedOn) => approvedOn.AddMonths(1);

    /// <summary>Days after <see cref="Deadline"/> on <paramref name="today"/>; 0 when not past.</summary>
    public int DaysPastDeadline(DateOnly today) => Math.Max(0, today.DayNumber - Deadline.DayNumber);

    public void Change(DateOnly approvedOn) => ApprovedOn = approvedOn;
}
