using System.Globalization;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Measurement.Review;

/// <summary>
/// Reviews a capaian table that Kinerja did not write (an LKjIP's chapter III, a quarterly report): computes each
/// capaian from the printed target and realisation by the formula of the row's direction (DOMAIN.md §4) and says
/// where the published figure does not follow from it: computed by the opposite direction, by the alternative
/// lower-is-better formula (acceptable, info), from a realisation before it was rounded for print (warning), or from
/// nothing the row shows (error). Rows are independent; the order of the findings is stable.
/// </summary>
public static class CapaianReview
{
    public static IReadOnlyList<ReviewedCapaian> Review(IEnumerable<PublishedCapaianRow> rows, AchievementScale scale) =>
        [.. rows.Select(row => Review(row, scale))];

    public static ReviewedCapaian Review(PublishedCapaianRow row, AchievementScale scale)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(scale);
        var findings = new List<Finding>();
        var location = Format(Messages.ReviewRowLocation, row.Row);
        void Add(Severity severity, string code, string message, params object?[] arguments) =>
            findings.Add(new Finding(severity, code, Format(message, arguments), location));

        var direction = DirectionWords.Parse(row.Direction);
        if (direction is null)
        {
            if (string.IsNullOrWhiteSpace(row.Direction))
                Add(Severity.Warning, FindingCodes.ReviewDirectionMissing, Messages.ReviewDirectionMissing);
            else
                Add(Severity.Warning, FindingCodes.ReviewDirectionMissing, Messages.ReviewDirectionUnknown, row.Direction!.Trim());
        }

        var polarity = direction ?? Polarity.HigherIsBetter;
        var target = ReportFigure.Parse(row.Target);
        var realisation = ReportFigure.Parse(row.Realisation);
        var published = ReportFigure.Parse(row.PublishedCapaian);

        if (!target.IsReported)
            Add(Severity.Error, FindingCodes.ReviewTargetNotNumber, Messages.ReviewTargetMissing);
        else if (!target.IsNumber)
            Add(Severity.Error, FindingCodes.ReviewTargetNotNumber, Messages.ReviewTargetNotNumber, row.Target!.Trim());
        if (published.IsReported && !published.IsNumber)
            Add(Severity.Warning, FindingCodes.ReviewPublishedNotNumber, Messages.ReviewPublishedNotNumber, row.PublishedCapaian!.Trim());

        decimal? capaian = null;
        string? category = null;
        if (!realisation.IsNumber)
        {
            Add(Severity.Info, FindingCodes.ReviewRealisationNotNumber, Messages.ReviewRealisationNotNumber,
                string.IsNullOrWhiteSpace(row.Realisation) ? "(kosong)" : row.Realisation!.Trim());
        }
        else if (target.Value is { } t)
        {
            var r = realisation.Value!.Value;
            var computed = Achievement.Percent(t, r, polarity);
            if (computed is null)
            {
                Add(Severity.Warning, FindingCodes.ReviewNoRatio, t == 0 ? Messages.ReviewTargetZero : Messages.ReviewNoRatio);
            }
            else
            {
                var assessed = scale.Assess(computed.Value);
                capaian = assessed.Actual;
                category = assessed.Category;
                if (published.Value is { } p)
                    Compare(t, r, polarity, computed.Value, p, Add);
            }
        }

        return new ReviewedCapaian(row.Row, row.Indicator.Trim(), row.Unit.Trim(), polarity, target.Value, realisation.Value,
            capaian, category, published.Value, findings);
    }

    private static void Compare(
        decimal target, decimal realisation, Polarity polarity, decimal computed, decimal published, Action<Severity, string, string, object?[]> add)
    {
        if (ReportFigure.Matches(computed, published))
            return;

        var shown = Show(computed);
        if (polarity == Polarity.LowerIsBetter
            && Achievement.Percent(target, realisation, polarity, LowerIsBetterFormula.Ratio) is { } ratio
            && ReportFigure.Matches(ratio, published))
        {
            add(Severity.Info, FindingCodes.ReviewAlternativeFormula, Messages.ReviewAlternativeFormula, [IndonesianNumber.Format(published), shown]);
            return;
        }

        var opposite = polarity == Polarity.HigherIsBetter ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
        var oppositeValues = polarity == Polarity.HigherIsBetter
            ? new[] { Achievement.Percent(target, realisation, opposite), Achievement.Percent(target, realisation, opposite, LowerIsBetterFormula.Ratio) }
            : new[] { Achievement.Percent(target, realisation, opposite) };
        if (oppositeValues.Any(v => v is { } value && ReportFigure.Matches(value, published)))
        {
            add(Severity.Error, FindingCodes.ReviewDirectionReversed, Messages.ReviewDirectionReversed,
                [IndonesianNumber.Format(published), DirectionWords.Describe(opposite).ToLower(CultureInfo.InvariantCulture), DirectionWords.Describe(polarity).ToLower(CultureInfo.InvariantCulture), shown]);
            return;
        }

        // A realisation printed with decimals was rounded for print: any value that rounds to it may have been used.
        if (realisation.Scale > 0)
        {
            var half = ReportFigure.HalfUnit(realisation);
            var low = Achievement.Percent(target, realisation - half, polarity);
            var high = Achievement.Percent(target, realisation + half, polarity);
            var slack = ReportFigure.HalfUnit(published);
            if (low is { } a && high is { } b && published >= Math.Min(a, b) - slack && published <= Math.Max(a, b) + slack)
            {
                add(Severity.Warning, FindingCodes.ReviewUnroundedRealisation, Messages.ReviewUnroundedRealisation,
                    [IndonesianNumber.Format(published), IndonesianNumber.Format(realisation), shown]);
                return;
            }
        }

        add(Severity.Error, FindingCodes.ReviewCapaianWrong, Messages.ReviewCapaianWrong, [IndonesianNumber.Format(published), DirectionWords.Describe(polarity).ToLower(CultureInfo.InvariantCulture), shown]);
    }

    private static string Show(decimal value) =>
        value.ToString("#,0.00########", IndonesianCulture.Instance);

    private static string Format(string message, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, message, arguments);
}
