using Kinerja.Domain.Agreements;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// Computes the findings of a set of agreements: each agreement alone, and the agreements of one office and
/// year together (budget reconciliation, one person under several spellings). Pure: no I/O, no clock.
/// </summary>
public sealed class AgreementChecker
{
    public AgreementChecker(NomenclatureCatalogue catalogue, PositionHierarchy? hierarchy = null)
    {
        Catalogue = catalogue;
        Hierarchy = hierarchy ?? PositionHierarchy.Kecamatan;
    }

    public NomenclatureCatalogue Catalogue { get; }

    public PositionHierarchy Hierarchy { get; }

    /// <summary>Findings keyed by <see cref="Agreement.Id"/>; every agreement has an entry (possibly empty).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> Check(IReadOnlyList<Agreement> agreements) =>
        throw new NotImplementedException("Filled in by the rules work.");

    /// <summary>Sets <see cref="BudgetLine.Code"/> from the catalogue where a line has none and its name is known.</summary>
    public void AssignCodes(Agreement agreement) =>
        throw new NotImplementedException("Filled in by the rules work.");
}
