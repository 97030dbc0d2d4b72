using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>
/// The indicator form as its partial renders it: the sasaran it belongs to, the indicator (null for a new one) and its
/// place among the sasaran's <paramref name="Count"/> indicators.
/// </summary>
public sealed record IndicatorFormView(UbahModel Page, Guid SasaranId, Indicator? Indicator, int Index = 0, int Count = 0)
{
    public string Key => Indicator is null ? "indikator-baru-" + SasaranId : "indikator-" + Indicator.Id;
}
