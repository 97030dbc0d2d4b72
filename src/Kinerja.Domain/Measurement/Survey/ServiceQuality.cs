namespace Kinerja.Domain.Measurement.Survey;

/// <summary>
/// Mutu pelayanan (PermenPANRB 14/2017) by the converted IKM: A (Sangat Baik) from 88,31; B (Baik) 76,61–88,30;
/// C (Kurang Baik) 65,00–76,60; D (Tidak Baik) below 65,00. The grade follows the converted value (DOMAIN.md §5).
/// </summary>
public sealed record ServiceQuality(string Grade, string Performance)
{
    public static ServiceQuality Of(decimal ikm) => ikm switch
    {
        >= 88.31m => new("A", "Sangat Baik"),
        >= 76.61m => new("B", "Baik"),
        >= 65.00m => new("C", "Kurang Baik"),
        _ => new("D", "Tidak Baik"),
    };
}
