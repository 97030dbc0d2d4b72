namespace Kinerja.Domain.Common;

/// <summary>
/// The day it is in the regions Kinerja serves (WITA, UTC+8: Sulawesi Selatan), whatever the server's own time zone:
/// a PK signed at 07:00 in Luwu Timur is signed on that day, not on the day before as in UTC.
/// </summary>
public static class RegionTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
}
