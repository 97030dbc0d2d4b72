using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The Indonesian labels of the editor's choices.</summary>
public static class EditorLabels
{
    public static string Of(SasaranLevel level) => level switch
    {
        SasaranLevel.Strategis => "Sasaran Strategis",
        SasaranLevel.Program => "Sasaran Program",
        SasaranLevel.Kegiatan => "Sasaran Kegiatan",
        _ => "Sasaran Sub Kegiatan",
    };

    public static string Of(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => "Program",
        BudgetLevel.Kegiatan => "Kegiatan",
        _ => "Sub Kegiatan",
    };

    public static string Of(Polarity polarity) =>
        polarity == Polarity.HigherIsBetter ? "Makin tinggi makin baik" : "Makin rendah makin baik";

    public static string Of(YearlyAggregation aggregation) => aggregation switch
    {
        YearlyAggregation.Sum => "Jumlah empat triwulan",
        YearlyAggregation.LastQuarter => "Triwulan terakhir",
        _ => "Rata-rata",
    };
}
