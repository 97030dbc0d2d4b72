using Kinerja.Domain.Agreements;
using Kinerja.Domain.Nomenclature;

namespace Kinerja.Domain.Rules;

/// <summary>
/// A budget line of an agreement with the catalogue entry it names. A line the catalogue does not know
/// (<see cref="Known"/> false) stands for itself: its <see cref="Entry"/> carries its own code, level and name, and it
/// is placed by the document's own hierarchy (<see cref="BudgetOutline"/>).
/// </summary>
public sealed record ResolvedBudgetLine(Agreement Agreement, BudgetLine Line, NomenclatureEntry Entry, bool Known = true);
