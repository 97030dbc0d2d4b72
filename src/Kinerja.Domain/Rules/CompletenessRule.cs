using System.Text.RegularExpressions;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Rules;

/// <summary>
/// Lampiran 1 must be filled in: at least one sasaran, every sasaran stated (a "-", or a "-" followed only by the program's name in
/// parentheses, states nothing), every sasaran with at least one indicator, every indicator with a numeric target.
/// </summary>
public sealed partial class CompletenessRule : IAgreementRule
{
    public IEnumerable<Finding> Check(Agreement agreement)
    {
        if (agreement.Sasarans.Count == 0)
        {
            yield return new Finding(Severity.Error, FindingCodes.AgreementEmpty, Messages.AgreementHasNoSasaran, FindingLocation.Of(agreement));
            yield break;
        }

        foreach (var sasaran in agreement.Sasarans)
        {
            var firstIndicator = sasaran.Indicators.FirstOrDefault(i => !IsEmpty(i.Text));
            if (IsEmpty(sasaran.Text))
            {
                yield return new Finding(
                    Severity.Error,
                    FindingCodes.SasaranMissing,
                    RuleText.Format(Messages.SasaranMissing, firstIndicator?.Text ?? sasaran.Number),
                    FindingLocation.Of(agreement, sasaran.SourceLine));
            }

            if (firstIndicator is null)
            {
                yield return new Finding(
                    Severity.Error,
                    FindingCodes.IndicatorMissing,
                    RuleText.Format(Messages.IndicatorMissing, IsEmpty(sasaran.Text) ? sasaran.Number : sasaran.Text),
                    FindingLocation.Of(agreement, sasaran.SourceLine));
            }

            foreach (var indicator in sasaran.Indicators)
            {
                if (IsEmpty(indicator.Text) || indicator.Target.Value is not null)
                    continue;

                yield return new Finding(
                    Severity.Error,
                    FindingCodes.TargetMissing,
                    RuleText.Format(Messages.TargetMissing, indicator.Text),
                    FindingLocation.Of(agreement, indicator.SourceLine ?? sasaran.SourceLine));
            }
        }
    }

    /// <summary>True for "", "-", "–" and "- (Penyediaan Bahan Bacaan ...)": text that states no sasaran or indicator.</summary>
    public static bool IsEmpty(string? text) => text is null || EmptyPattern().IsMatch(text);

    [GeneratedRegex(@"^[\s\-–—]*(\([^()]*\))?[\s\-–—.]*$")]
    private static partial Regex EmptyPattern();
}
