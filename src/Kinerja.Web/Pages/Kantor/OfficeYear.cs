namespace Kinerja.Web.Pages.Kantor;

/// <summary>The year an office page shows: the one asked for, else the current year.</summary>
public static class OfficeYear
{
    public static int Or(int? year, TimeProvider clock) => year ?? Domain.Common.RegionTime.Year(clock);
}
