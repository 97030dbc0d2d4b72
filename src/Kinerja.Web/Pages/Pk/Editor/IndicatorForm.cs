using System.ComponentModel.DataAnnotations;
using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>An indicator with its target and Lampiran 2 description as posted: new when <see cref="IndicatorId"/> is null.</summary>
public sealed class IndicatorForm
{
    [Display(Name = "Sasaran")]
    public Guid SasaranId { get; set; }

    [Display(Name = "Indikator")]
    public Guid? IndicatorId { get; set; }

    public string? Text { get; set; }

    /// <summary>The target's number as typed, with a decimal comma ("70,05").</summary>
    public string? Target { get; set; }

    /// <summary>The unit chosen from the list; <see cref="OtherUnit"/> when typed instead.</summary>
    public string? Unit { get; set; }

    public string? OtherUnit { get; set; }

    [Display(Name = "Arah indikator")]
    public Polarity Polarity { get; set; }

    /// <summary>Null: the default for the unit.</summary>
    [Display(Name = "Realisasi tahunan")]
    public YearlyAggregation? Aggregation { get; set; }

    public string? Definition { get; set; }

    public string? Relevance { get; set; }

    public string? Formula { get; set; }

    public string? DataSource { get; set; }

    public string? TargetExplanation { get; set; }
}
