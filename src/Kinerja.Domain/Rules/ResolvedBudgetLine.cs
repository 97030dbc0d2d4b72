using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>A budget line of an agreement with the catalogue entry it names.</summary>
public sealed record ResolvedBudgetLine(Agreement Agreement, BudgetLine Line, NomenclatureEntry Entry);
