namespace Kinerja.Web.Pages.Admin.Skala;

/// <summary>The three ways of computing capaian the preview offers (DOMAIN.md §4).</summary>
public enum PreviewDirection
{
    HigherIsBetter,
    LowerIsBetterDifference,
    LowerIsBetterRatio,
}
