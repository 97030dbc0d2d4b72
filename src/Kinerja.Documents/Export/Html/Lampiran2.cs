using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// Lampiran 2, per sasaran: the uraian (sasaran and penjelasan), the indicator table (Indikator | Definisi |
/// Relevansi | Formulasi | Sumber Data) and the target explanation table. Taken from the document's own
/// explanations when it had them, else from the indicators' descriptions.
/// </summary>
internal static class Lampiran2
{
    public static void Write(StringBuilder html, Agreement agreement)
    {
        LampiranHeading.Write(html, agreement, 2, AgreementWording.ExplanationTitle);
        var explanations = agreement.Explanations.Count > 0
            ? agreement.Explanations.Select(e => agreement.IndicatorTablesFrom(e) is { } sasaran ? WithTables(e, sasaran) : e).ToList()
            : agreement.Sasarans.Select(FromIndicators).ToList();
        for (var i = 0; i < explanations.Count; i++)
            Section(html, explanations[i], i + 1);
    }

    private static void Section(StringBuilder html, SasaranExplanation explanation, int number)
    {
        var heading = explanation.Heading.Length > 0
            ? explanation.Heading
            : number.ToString(CultureInfo.InvariantCulture) + ". " + string.Format(CultureInfo.InvariantCulture, AgreementWording.ExplanationSection, number);
        html.Append("<section class=\"explanation\"><h3>").Append(Html.Encode(heading)).Append("</h3>");
        html.Append("<h4>").Append(Html.Encode(PrintMessages.Uraian)).Append("</h4>");
        html.Append("<p class=\"text\">").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, AgreementWording.SasaranLine, Or(explanation.Sasaran)))).Append("</p>");
        if (explanation.Description.Length > 0)
        {
            html.Append("<p class=\"label\">").Append(Html.Encode(AgreementWording.DescriptionLabel)).Append("</p>");
            html.Append("<p class=\"text\">").Append(Html.Encode(explanation.Description)).Append("</p>");
        }

        if (explanation.Indicators.Count > 0)
        {
            html.Append("<h4>").Append(Html.Encode(PrintMessages.IndicatorSection)).Append("</h4>");
            html.Append("<table class=\"grid indicators\"><colgroup><col class=\"indicator\"><col class=\"definition\"><col class=\"relevance\"><col class=\"formula\"><col class=\"data-source\"></colgroup><thead><tr>");
            foreach (var column in new[] { AgreementWording.IndicatorColumn, AgreementWording.DefinitionColumn, AgreementWording.RelevanceColumn, AgreementWording.FormulaColumn, AgreementWording.DataSourceColumn })
                html.Append("<th>").Append(Html.Encode(column)).Append("</th>");
            html.Append("</tr></thead><tbody>");
            foreach (var row in explanation.Indicators)
                Row(html, row.Indicator, row.Definition, row.Relevance, row.Formula, row.DataSource);
            html.Append("</tbody></table>");
        }

        if (explanation.Targets.Count > 0)
        {
            html.Append("<h4>").Append(Html.Encode(PrintMessages.TargetSection)).Append("</h4>");
            html.Append("<table class=\"grid target-explanations\"><colgroup><col class=\"indicator\"><col class=\"target\"><col class=\"explanation\"></colgroup><thead><tr>");
            foreach (var column in new[] { AgreementWording.IndicatorColumn, AgreementWording.TargetColumn, AgreementWording.ExplanationColumn })
                html.Append("<th>").Append(Html.Encode(column)).Append("</th>");
            html.Append("</tr></thead><tbody>");
            foreach (var row in explanation.Targets)
                Row(html, row.Indicator, row.Target, row.Explanation);
            html.Append("</tbody></table>");
        }

        html.Append("</section>");
    }

    private static void Row(StringBuilder html, params string[] cells)
    {
        html.Append("<tr>");
        foreach (var cell in cells)
            html.Append("<td>").Append(Html.Encode(Or(cell))).Append("</td>");
        html.Append("</tr>");
    }

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? AgreementWording.Empty : text;

    /// <summary>An explanation written in the editor, with the tables of its sasaran's indicators.</summary>
    private static SasaranExplanation WithTables(SasaranExplanation explanation, Sasaran sasaran)
    {
        var tables = FromIndicators(sasaran);
        tables.Heading = explanation.Heading;
        tables.Sasaran = explanation.Sasaran;
        tables.Description = explanation.Description;
        return tables;
    }

    /// <summary>Lampiran 2 of a sasaran built from its indicators' own definitions, for an agreement read without one.</summary>
    private static SasaranExplanation FromIndicators(Sasaran s) =>
        new()
        {
            Sasaran = s.Text,
            Indicators = s.Indicators.Select(i => new IndicatorExplanation
            {
                Indicator = i.Text,
                Definition = i.Definition ?? string.Empty,
                Relevance = i.Relevance ?? string.Empty,
                Formula = i.Formula ?? string.Empty,
                DataSource = i.DataSource ?? string.Empty,
            }).ToList(),
            Targets = s.Indicators.Select(i => new TargetExplanation
            {
                Indicator = i.Text,
                Target = i.Target.ToString(),
                Explanation = i.TargetExplanation ?? string.Empty,
            }).ToList(),
        };
}
