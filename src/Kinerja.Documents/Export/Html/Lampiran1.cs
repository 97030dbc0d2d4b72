using System.Globalization;
using System.Text;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Agreements.Comparison;

namespace Kinerja.Documents.Export.Html;

/// <summary>
/// Lampiran 1: the table of sasaran, indicators and targets (a sasaran's cell spans its indicators), the budget table
/// (program bold, kegiatan and sub kegiatan indented, amounts right-aligned, total of the program rows) and the
/// signatures again. For an amendment, a changed target or amount shows its value before the amendment.
/// </summary>
internal static class Lampiran1
{
    public static void Write(StringBuilder html, Agreement agreement, AgreementDiff? diff)
    {
        LampiranHeading.Write(html, agreement, 1, AgreementWording.PerformanceTable);
        Targets(html, agreement, diff);
        Budget(html, agreement, diff);
        if (diff is not null)
            Removed(html, diff);
        SignatureBlocks.Write(html, agreement);
    }

    private static void Targets(StringBuilder html, Agreement agreement, AgreementDiff? diff)
    {
        html.Append("<table class=\"grid targets\"><colgroup><col class=\"no\"><col class=\"sasaran\"><col class=\"indicator\"><col class=\"target\"></colgroup>");
        html.Append("<thead><tr><th>").Append(Html.Encode(AgreementWording.NumberColumn))
            .Append("</th><th>").Append(Html.Encode(AgreementWording.SasaranColumn))
            .Append("</th><th>").Append(Html.Encode(AgreementWording.IndicatorColumn))
            .Append("</th><th>").Append(Html.Encode(AgreementWording.TargetColumn)).Append("</th></tr></thead><tbody>");
        foreach (var sasaran in agreement.Sasarans)
        {
            var span = Math.Max(1, sasaran.Indicators.Count).ToString(CultureInfo.InvariantCulture);
            var level = "level-" + sasaran.Level.ToString().ToLowerInvariant();
            html.Append("<tr class=\"").Append(level).Append("\"><td rowspan=\"").Append(span).Append("\">").Append(Html.Encode(sasaran.Number))
                .Append("</td><td rowspan=\"").Append(span).Append("\" class=\"sasaran\">").Append(Html.Encode(sasaran.Text.Length == 0 ? AgreementWording.Empty : sasaran.Text)).Append("</td>");
            if (sasaran.Indicators.Count == 0)
                html.Append("<td>").Append(AgreementWording.Empty).Append("</td><td>").Append(AgreementWording.Empty).Append("</td></tr>");
            for (var i = 0; i < sasaran.Indicators.Count; i++)
            {
                var indicator = sasaran.Indicators[i];
                if (i > 0)
                    html.Append("<tr class=\"").Append(level).Append("\">");
                html.Append("<td class=\"indicator\">").Append(Html.Encode(indicator.Text)).Append("</td><td class=\"target\">")
                    .Append(Html.Encode(indicator.Target.ToString()));
                if (diff?.ChangeOf(indicator) is { } change)
                    ChangeNote(html, change.Kind, change.PreviousTarget?.ToString());
                html.Append("</td></tr>");
            }
        }

        html.Append("</tbody></table>");
    }

    private static void Budget(StringBuilder html, Agreement agreement, AgreementDiff? diff)
    {
        if (agreement.BudgetLines.Count == 0)
            return;
        html.Append("<table class=\"grid budget\"><colgroup><col class=\"no\"><col class=\"name\"><col class=\"amount\"><col class=\"source\"></colgroup>");
        html.Append("<thead><tr><th>").Append(Html.Encode(AgreementWording.NumberColumn))
            .Append("</th><th>").Append(Html.Encode(AgreementWording.BudgetNameColumn))
            .Append("</th><th>").Append(Html.Encode(AgreementWording.AmountColumn))
            .Append("</th><th>").Append(Html.Encode(AgreementWording.SourceColumn)).Append("</th></tr></thead><tbody>");
        foreach (var line in agreement.BudgetLines)
        {
            html.Append("<tr class=\"level-").Append(line.Level.ToString().ToLowerInvariant()).Append("\"><td>").Append(Html.Encode(line.Number))
                .Append("</td><td class=\"name\">").Append(Html.Encode(line.Name))
                .Append("</td><td class=\"amount\">").Append(Html.Encode(line.Amount.ToString()));
            if (diff?.ChangeOf(line) is { } change)
                ChangeNote(html, change.Kind, change.PreviousAmount?.ToString());
            html.Append("</td><td class=\"source\">").Append(Html.Encode(line.Source ?? string.Empty)).Append("</td></tr>");
        }

        html.Append("<tr class=\"total\"><td></td><td>").Append(Html.Encode(AgreementWording.Total))
            .Append("</td><td class=\"amount\">").Append(Html.Encode(agreement.BudgetTotal.ToString())).Append("</td><td></td></tr>");
        html.Append("</tbody></table>");
    }

    private static void ChangeNote(StringBuilder html, ChangeKind kind, string? previous)
    {
        if (kind == ChangeKind.Changed)
            html.Append("<div class=\"was\">").Append(Html.Encode(string.Format(CultureInfo.InvariantCulture, PrintMessages.WasValue, previous))).Append("</div>");
        else if (kind == ChangeKind.Added)
            html.Append("<div class=\"was\">").Append(Html.Encode(PrintMessages.NewInAmendment)).Append("</div>");
    }

    private static void Removed(StringBuilder html, AgreementDiff diff)
    {
        var targets = diff.RemovedTargets;
        var lines = diff.RemovedBudgetLines;
        if (targets.Count == 0 && lines.Count == 0)
            return;
        html.Append("<div class=\"removed\"><div>").Append(Html.Encode(PrintMessages.RemovedInAmendment)).Append("</div><ul>");
        foreach (var target in targets)
        {
            html.Append("<li>").Append(Html.Encode(string.Format(
                CultureInfo.InvariantCulture, PrintMessages.RemovedTarget, target.PreviousSasaran?.Text, target.Previous?.Text, target.PreviousTarget))).Append("</li>");
        }

        foreach (var line in lines)
        {
            html.Append("<li>").Append(Html.Encode(string.Format(
                CultureInfo.InvariantCulture, PrintMessages.RemovedBudgetLine, line.Previous?.Name, line.PreviousAmount))).Append("</li>");
        }

        html.Append("</ul></div>");
    }
}
