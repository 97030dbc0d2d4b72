using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Rules;

/// <summary>Pihak Kedua must be the direct superior of Pihak Pertama (DOMAIN.md §2), when the hierarchy knows the position.</summary>
public sealed class SuperiorRule(PositionHierarchy hierarchy) : IAgreementRule
{
    public IEnumerable<Finding> Check(Agreement agreement)
    {
        var position = agreement.FirstParty.Position;
        var superior = agreement.SecondParty.Position;
        if (hierarchy.IsDirectSuperior(position, superior) != false)
            yield break;

        yield return new Finding(
            Severity.Error,
            FindingCodes.SecondPartyNotSuperior,
            RuleText.Format(Messages.SecondPartyNotSuperior, superior, position, hierarchy.SuperiorOf(position)),
            FindingLocation.Of(agreement, agreement.SecondParty.SourceLine ?? agreement.SourceLine));
    }
}
