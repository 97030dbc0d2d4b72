using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Measurement;

namespace Kinerja.Documents.Interchange;

/// <summary>
/// The JSON interchange format (docs/interchange.md, docs/interchange.schema.json): the words it uses for
/// the domain's enumerations, in both directions. Words are lower case (camel case for two words).
/// </summary>
public static class InterchangeFormat
{
    public const int Version = 1;

    public static readonly IReadOnlyList<string> KindWords = ["awal", "perubahan"];

    public static readonly IReadOnlyList<string> SasaranLevelWords = ["strategis", "program", "kegiatan", "subKegiatan"];

    public static readonly IReadOnlyList<string> BudgetLevelWords = ["program", "kegiatan", "subKegiatan"];

    public static readonly IReadOnlyList<string> SeverityWords = ["error", "warning", "info"];

    public static readonly IReadOnlyList<string> PolarityWords = ["higherIsBetter", "lowerIsBetter"];

    public static readonly IReadOnlyList<string> LowerIsBetterFormulaWords = ["difference", "ratio"];

    public static readonly IReadOnlyList<string> AggregationWords = ["sum", "lastQuarter", "average"];

    public static string Word(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higherIsBetter",
        Polarity.LowerIsBetter => "lowerIsBetter",
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, null),
    };

    public static string Word(LowerIsBetterFormula formula) => formula switch
    {
        LowerIsBetterFormula.Difference => "difference",
        LowerIsBetterFormula.Ratio => "ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, null),
    };

    public static string Word(YearlyAggregation aggregation) => aggregation switch
    {
        YearlyAggregation.Sum => "sum",
        YearlyAggregation.LastQuarter => "lastQuarter",
        YearlyAggregation.Average => "average",
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
    };

    public static Polarity? PolarityOf(string word) => word switch
    {
        "higherIsBetter" => Polarity.HigherIsBetter,
        "lowerIsBetter" => Polarity.LowerIsBetter,
        _ => null,
    };

    public static LowerIsBetterFormula? LowerIsBetterFormulaOf(string word) => word switch
    {
        "difference" => LowerIsBetterFormula.Difference,
        "ratio" => LowerIsBetterFormula.Ratio,
        _ => null,
    };

    public static YearlyAggregation? AggregationOf(string word) => word switch
    {
        "sum" => YearlyAggregation.Sum,
        "lastQuarter" => YearlyAggregation.LastQuarter,
        "average" => YearlyAggregation.Average,
        _ => null,
    };

    public static string Word(AgreementKind kind) => kind switch
    {
        AgreementKind.Awal => "awal",
        AgreementKind.Perubahan => "perubahan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Word(SasaranLevel level) => level switch
    {
        SasaranLevel.Strategis => "strategis",
        SasaranLevel.Program => "program",
        SasaranLevel.Kegiatan => "kegiatan",
        SasaranLevel.SubKegiatan => "subKegiatan",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Word(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => "program",
        BudgetLevel.Kegiatan => "kegiatan",
        BudgetLevel.SubKegiatan => "subKegiatan",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Word(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static AgreementKind? KindOf(string word) => word switch
    {
        "awal" => AgreementKind.Awal,
        "perubahan" => AgreementKind.Perubahan,
        _ => null,
    };

    public static SasaranLevel? SasaranLevelOf(string word) => word switch
    {
        "strategis" => SasaranLevel.Strategis,
        "program" => SasaranLevel.Program,
        "kegiatan" => SasaranLevel.Kegiatan,
        "subKegiatan" => SasaranLevel.SubKegiatan,
        _ => null,
    };

    public static BudgetLevel? BudgetLevelOf(string word) => word switch
    {
        "program" => BudgetLevel.Program,
        "kegiatan" => BudgetLevel.Kegiatan,
        "subKegiatan" => BudgetLevel.SubKegiatan,
        _ => null,
    };

    public static Severity? SeverityOf(string word) => word switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };
}
