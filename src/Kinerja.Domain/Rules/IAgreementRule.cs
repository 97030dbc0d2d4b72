using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;

namespace Kinerja.Domain.Rules;

/// <summary>A rule that looks at one agreement alone.</summary>
public interface IAgreementRule
{
    IEnumerable<Finding> Check(Agreement agreement);
}
