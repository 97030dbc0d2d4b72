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
        var explanations = Lampiran2Sections.Of(agreement);
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
}
