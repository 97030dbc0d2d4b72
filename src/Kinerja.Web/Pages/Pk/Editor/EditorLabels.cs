using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The Indonesian labels of the editor's choices.</summary>
public static class EditorLabels
{
    /// <summary>Whether a Lampiran 2 explanation is linked: "terhubung ke sasaran 1" or "belum terhubung".</summary>
    public static string ExplanationLink(Sasaran? linked) =>
        linked is null ? "belum terhubung" : "terhubung ke sasaran " + linked.Number.TrimEnd('.');

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
