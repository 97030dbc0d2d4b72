namespace Kinerja.Documents.Export.Docx;

/// <summary>Page and table geometry in twentieths of a point: A4 portrait, 2,5 cm left margin, 2 cm elsewhere.</summary>
internal static class DocxLayout
{
    public const uint PageWidth = 11906;
    public const uint PageHeight = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const uint MarginLeft = 1418;
    public const uint MarginRight = 1134;

    /// <summary>The width between the margins: every table is exactly this wide.</summary>
    public const int TextWidth = (int)(PageWidth - MarginLeft - MarginRight);

    public static readonly int[] TargetColumns = [700, 3300, 3854, 1500];
    public static readonly int[] BudgetColumns = [900, 4854, 2300, 1300];
    public static readonly int[] IndicatorColumns = [1700, 2300, 2000, 1800, 1554];
    public static readonly int[] TargetExplanationColumns = [600, 2700, 1400, 4654];
    public static readonly int[] SignatureColumns = [TextWidth / 2, TextWidth - (TextWidth / 2)];
}
