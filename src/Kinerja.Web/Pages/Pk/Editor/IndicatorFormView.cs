using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The indicator form as its partial renders it: the sasaran it belongs to and the indicator (null for a new one).</summary>
public sealed record IndicatorFormView(UbahModel Page, Guid SasaranId, Indicator? Indicator)
{
    public string Key => Indicator is null ? "indikator-baru-" + SasaranId : "indikator-" + Indicator.Id;
}
