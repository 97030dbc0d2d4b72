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
    private readonly IReadOnlyList<IAgreementRule> agreementRules;
    private readonly IReadOnlyList<IAgreementSetRule> setRules;

    public AgreementChecker(NomenclatureCatalogue catalogue, PositionHierarchy? hierarchy = null)
    {
        Catalogue = catalogue;
        Hierarchy = hierarchy ?? PositionHierarchy.Kecamatan;
        agreementRules =
        [
            new NipRule(),
            new SuperiorRule(Hierarchy),
            new LampiranHeadingRule(),
            new CompletenessRule(),
            new DuplicateIndicatorRule(),
            new UnitRule(),
            new Lampiran2TargetRule(),
        ];
        setRules = [new NameSpellingRule(), new BudgetReconciliationRule(catalogue)];
    }

    public NomenclatureCatalogue Catalogue { get; }

    public PositionHierarchy Hierarchy { get; }

    /// <summary>Findings keyed by <see cref="Agreement.Id"/>; every agreement has an entry (possibly empty).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Finding>> Check(IReadOnlyList<Agreement> agreements)
    {
        var findings = new Dictionary<Guid, List<Finding>>();
        foreach (var agreement in agreements)
        {
            if (!findings.TryGetValue(agreement.Id, out var list))
                findings[agreement.Id] = list = [];
            foreach (var rule in agreementRules)
                list.AddRange(rule.Check(agreement));
        }

        foreach (var rule in setRules)
        {
            foreach (var (agreementId, finding) in rule.Check(agreements))
            {
                if (findings.TryGetValue(agreementId, out var list))
                    list.Add(finding);
            }
        }

        return findings.ToDictionary(p => p.Key, p => (IReadOnlyList<Finding>)p.Value);
    }

    /// <summary>
    /// Sets <see cref="BudgetLine.Code"/> from the catalogue where a line has none and its name is known, reading the
    /// catalogue as each office's bidang does (<see cref="BudgetResolution.CatalogueFor"/>), so that the penunjang
    /// program gets the office's own code.
    /// </summary>
    public void AssignCodes(IReadOnlyList<Agreement> agreements)
    {
        foreach (var office in agreements.GroupBy(OfficeAgreements.OfficeKey))
        {
            var catalogue = BudgetResolution.CatalogueFor(Catalogue, office);
            foreach (var line in office.SelectMany(a => a.BudgetLines).Where(l => l.Code is null))
            {
                if (catalogue.Resolve(line.Name, line.Level) is { Code: { } code })
                    line.AssignCode(code);
            }
        }
    }

    /// <summary>The catalogue entry of a budget line (by code, else by name), or null when the catalogue does not know it.</summary>
    public NomenclatureEntry? EntryOf(BudgetLine line) => BudgetResolution.EntryOf(Catalogue, line);
}
