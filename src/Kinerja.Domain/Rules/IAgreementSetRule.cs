using Kinerja.Domain.Agreements;

namespace Kinerja.Domain.Rules;

/// <summary>A rule that looks at several agreements together (e.g. all agreements of one office and year).</summary>
public interface IAgreementSetRule
{
    IEnumerable<AgreementFinding> Check(IReadOnlyList<Agreement> agreements);
}
